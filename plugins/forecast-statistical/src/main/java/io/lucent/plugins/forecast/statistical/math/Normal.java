package io.lucent.plugins.forecast.statistical.math;

import org.apache.commons.math3.special.Erf;

/** Standard normal quantiles. */
public final class Normal {

    private Normal() {
    }

    /**
     * The standard normal quantile.
     *
     * @param p a probability in (0, 1)
     * @return the z with P(Z <= z) = p
     */
    public static double quantile(double p) {
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    /**
     * The two-sided multiplier of a central interval, for example 1.96 for 95%.
     *
     * @param levelPercent the level in percent, in (0, 100)
     * @return the upper quantile at {@code 0.5 + level / 200}
     */
    public static double centralMultiplier(double levelPercent) {
        return quantile(0.5 + levelPercent / 200.0);
    }
}
