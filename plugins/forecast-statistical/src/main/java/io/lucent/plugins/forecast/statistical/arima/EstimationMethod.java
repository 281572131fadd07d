package io.lucent.plugins.forecast.statistical.arima;

/** How ARIMA coefficients are estimated, as R's {@code arima(method = ...)}. */
enum EstimationMethod {
    /** Conditional sum of squares for start values, then exact maximum likelihood. */
    CSS_ML,
    /** Exact maximum likelihood from zero start values. */
    ML,
    /** Conditional sum of squares only (the fast approximation used during model search). */
    CSS
}
