package io.lucent.plugins.forecast.statistical.ces;

import java.util.Arrays;

/**
 * The smoothing parameters of a CES form: the complex {@code a0 + i a1} and, for the seasonal forms with a
 * non-seasonal part, {@code b0} (PARTIAL: the real seasonal parameter b) and {@code b1} (FULL only). Values a
 * form does not use are NaN.
 *
 * @param a0 the real part of the main complex parameter
 * @param a1 the imaginary part of the main complex parameter
 * @param b0 the real seasonal parameter (PARTIAL) or the real part of the seasonal complex parameter (FULL)
 * @param b1 the imaginary part of the seasonal complex parameter (FULL)
 */
public record CesParameters(double a0, double a1, double b0, double b1) {

    /**
     * The starting point of the optimiser: {@code a = 1.3 + 1i}, {@code b = 1.3 + 1i} (FULL) or {@code b = 0.1}
     * (PARTIAL).
     *
     * @param seasonality the form
     * @return the starting parameters
     */
    public static CesParameters start(CesSeasonality seasonality) {
        return switch (seasonality) {
            case NONE, SIMPLE -> new CesParameters(1.3, 1.0, Double.NaN, Double.NaN);
            case PARTIAL -> new CesParameters(1.3, 1.0, 0.1, Double.NaN);
            case FULL -> new CesParameters(1.3, 1.0, 1.3, 1.0);
        };
    }

    /**
     * Reads the parameters from the front of an optimiser vector.
     *
     * @param seasonality the form, which says how many values are used
     * @param v           the vector
     * @return the parameters
     */
    public static CesParameters fromVector(CesSeasonality seasonality, double[] v) {
        return switch (seasonality) {
            case NONE, SIMPLE -> new CesParameters(v[0], v[1], Double.NaN, Double.NaN);
            case PARTIAL -> new CesParameters(v[0], v[1], v[2], Double.NaN);
            case FULL -> new CesParameters(v[0], v[1], v[2], v[3]);
        };
    }

    /**
     * The values the form uses, in the order of {@link #fromVector}.
     *
     * @param seasonality the form
     * @return the vector
     */
    public double[] toVector(CesSeasonality seasonality) {
        return Arrays.copyOf(new double[] {a0, a1, b0, b1}, seasonality.smoothingParameters());
    }
}
