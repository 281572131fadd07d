package io.lucent.plugins.forecast.statistical.arima;

/**
 * One model tried during the search, scored as R's {@code forecast:::myarima} scores it.
 *
 * @param spec   the orders
 * @param fit    the estimate, null if estimation failed
 * @param ic     the selection criterion, +infinity for failed or rejected models
 * @param aic    AIC (for CSS fits, the approximation from the CSS variance and the offset)
 * @param aicc   AICc
 * @param bic    BIC
 * @param sigma2 the innovation variance with R's degrees-of-freedom correction
 * @param estimator the estimator that made the fit, to add standard errors later; null once they are added
 */
record Candidate(ArimaSpec spec, ArimaFit fit, double ic, double aic, double aicc, double bic, double sigma2,
        ArimaEstimator estimator) {

    static Candidate failed(ArimaSpec spec) {
        double inf = Double.POSITIVE_INFINITY;
        return new Candidate(spec, null, inf, inf, inf, inf, Double.NaN, null);
    }

    /** @return true if the fit still lacks its standard errors and variance check */
    boolean provisional() {
        return estimator != null;
    }

    /** @return true if the model can be used */
    boolean usable() {
        return fit != null && ic < Double.POSITIVE_INFINITY;
    }
}
