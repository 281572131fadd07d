package io.lucent.plugins.forecast.statistical.ets;

/**
 * Smoothing parameters in R's parametrisation: {@code beta <= alpha}, {@code gamma <= 1 - alpha}. Unused ones
 * are NaN for fixed-parameter requests ("estimate it") and 0 (beta, gamma) or 1 (phi) in fitted models.
 *
 * @param alpha level smoothing
 * @param beta  trend smoothing
 * @param gamma seasonal smoothing
 * @param phi   damping
 */
public record EtsParameters(double alpha, double beta, double gamma, double phi) {

    /** Nothing fixed: everything is estimated. */
    public static final EtsParameters FREE = new EtsParameters(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
