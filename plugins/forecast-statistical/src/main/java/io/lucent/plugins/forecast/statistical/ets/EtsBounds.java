package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.PolynomialRoots;

/**
 * R's parameter restrictions for ETS models ({@code bounds = "both"}): the usual bounds
 * {@code 1e-4 <= alpha <= 0.9999}, {@code 1e-4 <= beta <= alpha}, {@code 1e-4 <= gamma <= 1 - alpha},
 * {@code 0.8 <= phi <= 0.98}, and the admissibility (forecastability) region of Hyndman et al. (2008).
 *
 * @param lower lower bounds of alpha, beta, gamma, phi
 * @param upper upper bounds of alpha, beta, gamma, phi
 */
record EtsBounds(double[] lower, double[] upper) {

    /** R's defaults. */
    static EtsBounds defaults() {
        return new EtsBounds(new double[] {1e-4, 1e-4, 1e-4, 0.8}, new double[] {0.9999, 0.9999, 0.9999, 0.98});
    }

    /**
     * These bounds narrowed for fixed parameters, as R's {@code etsmodel()} does.
     *
     * @param fixed the fixed values (NaN = estimated)
     * @return new bounds
     */
    EtsBounds narrowedFor(EtsParameters fixed) {
        double[] lo = lower.clone();
        double[] up = upper.clone();
        if (!Double.isNaN(fixed.alpha())) {
            up[1] = Math.min(fixed.alpha(), up[1]);
            up[2] = Math.min(1 - fixed.alpha(), up[2]);
        }
        if (!Double.isNaN(fixed.beta())) {
            lo[0] = Math.max(fixed.beta(), lo[0]);
        }
        if (!Double.isNaN(fixed.gamma())) {
            up[0] = Math.min(1 - fixed.gamma(), up[0]);
        }
        return new EtsBounds(lo, up);
    }

    /**
     * Whether the estimated parameters respect the usual bounds and all respect admissibility.
     *
     * @param spec      the model
     * @param m         the seasonal period
     * @param alpha     alpha
     * @param beta      beta (ignored without trend)
     * @param gamma     gamma (ignored without season)
     * @param phi       phi (1 when not damped)
     * @param estimated which of alpha, beta, gamma, phi are being estimated
     * @return true if allowed
     */
    boolean allows(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi, boolean[] estimated) {
        return allows(spec, m, alpha, beta, gamma, phi, estimated, new double[2 * (m + 2)]);
    }

    /**
     * As {@link #allows(EtsSpec, int, double, double, double, double, boolean[])} with scratch space, for the
     * optimiser's hot loop.
     *
     * @param spec      the model
     * @param m         the seasonal period
     * @param alpha     alpha
     * @param beta      beta
     * @param gamma     gamma
     * @param phi       phi
     * @param estimated which parameters are estimated
     * @param work      scratch space of at least {@code 2 (m + 2)} values
     * @return true if allowed
     */
    boolean allows(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi, boolean[] estimated,
                   double[] work) {
        if (estimated[0] && (alpha < lower[0] || alpha > upper[0])) {
            return false;
        }
        if (spec.hasTrend() && estimated[1] && (beta < lower[1] || beta > alpha || beta > upper[1])) {
            return false;
        }
        if (spec.damped() && estimated[3] && (phi < lower[3] || phi > upper[3])) {
            return false;
        }
        if (spec.seasonal() && estimated[2] && (gamma < lower[2] || gamma > 1 - alpha || gamma > upper[2])) {
            return false;
        }
        return admissible(spec, m, alpha, beta, gamma, phi, work);
    }

    /**
     * The admissibility conditions: the model's forecasts depend less and less on the distant past.
     *
     * @param spec  the model
     * @param m     the seasonal period
     * @param alpha alpha
     * @param beta  beta
     * @param gamma gamma
     * @param phi   phi (1 when not damped)
     * @param work  scratch space of at least {@code 2 (m + 2)} values
     * @return true if admissible
     */
    static boolean admissible(EtsSpec spec, int m, double alpha, double beta, double gamma, double phi,
                              double[] work) {
        if (phi < 0 || phi > 1 + 1e-8) {
            return false;
        }
        if (!spec.seasonal()) {
            if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) {
                return false;
            }
            return !spec.hasTrend() || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha));
        }
        if (m <= 1) {
            return true;
        }
        double b = spec.hasTrend() ? beta : 0;
        if (gamma < Math.max(1 - 1 / phi - alpha, 0) || gamma > 1 + 1 / phi - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m)) {
            return false;
        }
        if (b < -(1 - phi) * (gamma / m + alpha)) {
            return false;
        }
        double[] p = work;
        p[0] = phi * (1 - alpha - gamma);
        p[1] = alpha + b - alpha * phi + gamma - 1;
        for (int k = 2; k < m; k++) {
            p[k] = alpha + b - alpha * phi;
        }
        p[m] = alpha + b - phi;
        p[m + 1] = 1;
        // the coefficients are consumed in place: the root test reads each one before overwriting it
        return PolynomialRoots.allInsideUnitCircle(p, m + 2, 1e-10, work);
    }
}
