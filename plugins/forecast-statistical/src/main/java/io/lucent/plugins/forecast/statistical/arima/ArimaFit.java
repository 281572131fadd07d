package io.lucent.plugins.forecast.statistical.arima;

/**
 * One estimated ARIMA model as R's {@code arima} returns it.
 *
 * @param spec           the orders
 * @param method         how it was estimated
 * @param coefficients   ARMA coefficients in the order ar, ma, sar, sma, then the mean or drift if any
 * @param names          the coefficient names (ar1, ma1, sar1, sma1, intercept, drift)
 * @param free           which coefficients were estimated (the others were fixed)
 * @param standardErrors standard errors from the numerical Hessian, NaN for fixed ones or where the inverse
 *                       Hessian has a negative diagonal
 * @param varianceValid  false when a variance on the diagonal of the inverse Hessian is negative or not
 *                       finite (R's {@code checkarima})
 * @param sigma2         the innovation variance estimate of {@code arima}: for exact likelihood fits the sum
 *                       of squared standardised innovations over the number of used observations, for CSS fits
 *                       the mean squared conditional residual
 * @param logLikelihood  the Gaussian log-likelihood, NaN for CSS fits
 * @param aic            R's AIC of the fit, NaN for CSS fits
 * @param residuals      standardised innovations, one per observation, NaN where undefined
 * @param used           the number of observations after differencing
 * @param phi            the expanded AR polynomial
 * @param theta          the expanded MA polynomial
 */
record ArimaFit(
        ArimaSpec spec,
        EstimationMethod method,
        double[] coefficients,
        String[] names,
        boolean[] free,
        double[] standardErrors,
        boolean varianceValid,
        double sigma2,
        double logLikelihood,
        double aic,
        double[] residuals,
        int used,
        double[] phi,
        double[] theta) {

    /** @return the number of estimated coefficients */
    int estimatedCount() {
        int k = 0;
        for (boolean f : free) {
            if (f) {
                k++;
            }
        }
        return k;
    }

    /** @return the mean or drift coefficient, 0 when the model has none */
    double constant() {
        return coefficients.length > spec.armaCount() ? coefficients[spec.armaCount()] : 0.0;
    }
}
