package io.lucent.plugins.forecast.statistical.ces;

/**
 * Point forecasts and their standard errors. CES is linear with a single source of error, so the h-step
 * forecast error is {@code sum_{j<h} psi_j e_{n+h-j}} with the impulse responses {@code psi_j} of the lagged
 * state-space system ({@code psi_0 = 1}; without lags {@code psi_j = w' F^(j-1) g}), and its variance is
 * {@code sigma^2 sum_{j<h} psi_j^2}.
 *
 * @param point          the point forecasts
 * @param standardErrors the standard errors of the forecast errors
 */
public record CesForecast(double[] point, double[] standardErrors) {

    /**
     * Forecasts from a fit.
     *
     * @param fit     the fit
     * @param horizon the number of steps
     * @return the forecasts
     */
    public static CesForecast of(CesFit fit, int horizon) {
        CesSystem system = fit.system();
        double[] point = CesFilter.forecast(system, fit.last(), horizon);
        double[] psi = CesFilter.impulseResponses(system, horizon);
        double sigma2 = fit.sigma2();
        double[] se = new double[horizon];
        double sum = 0;
        for (int h = 0; h < horizon; h++) {
            sum += psi[h] * psi[h];
            se[h] = Math.sqrt(sigma2 * sum);
        }
        return new CesForecast(point, se);
    }
}
