package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.InformationCriteria;

/**
 * A fitted ETS model.
 *
 * @param spec          the model form
 * @param period        the seasonal period the model uses (1 without season)
 * @param parameters    the smoothing parameters (beta 0 without trend, gamma 0 without season, phi 1 unless
 *                      damped)
 * @param estimated     which of alpha, beta, gamma, phi were estimated rather than fixed
 * @param initialState  the estimated state before the first observation
 * @param finalState    the state after the last observation
 * @param fitted        the one-step forecasts
 * @param errors        the model errors (relative for multiplicative errors)
 * @param criterion     R's likelihood criterion, minus twice the log-likelihood without the constant
 * @param parameterCount the number of estimated quantities, sigma included
 * @param sigma2        the error variance: the sum of squared errors over (n - parameterCount + 1), as R
 * @param standardErrors approximate standard errors of alpha, beta, gamma, phi from the curvature of the
 *                      likelihood at the optimum with the initial states held fixed; NaN for fixed or unused
 *                      parameters and where the estimate lies on a bound (the curvature is then undefined)
 */
public record EtsFit(EtsSpec spec, int period, EtsParameters parameters, boolean[] estimated,
                     EtsState initialState, EtsState finalState, double[] fitted, double[] errors,
                     double criterion, int parameterCount, double sigma2, double[] standardErrors) {

    /**
     * The number of observations fitted.
     *
     * @return n
     */
    public int observations() {
        return fitted.length;
    }

    /**
     * The log-likelihood as R's {@code ets} reports it ({@code -criterion / 2}).
     *
     * @return the log-likelihood
     */
    public double logLikelihood() {
        return -0.5 * criterion;
    }

    /**
     * Akaike's information criterion.
     *
     * @return AIC
     */
    public double aic() {
        return criterion + 2.0 * parameterCount;
    }

    /**
     * The corrected AIC; infinite when there are too few observations.
     *
     * @return AICc
     */
    public double aicc() {
        return InformationCriteria.aicc(aic(), parameterCount, observations());
    }

    /**
     * The Bayesian information criterion.
     *
     * @return BIC
     */
    public double bic() {
        return criterion + Math.log(observations()) * parameterCount;
    }
}
