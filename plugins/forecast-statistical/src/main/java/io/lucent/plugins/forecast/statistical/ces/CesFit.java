package io.lucent.plugins.forecast.statistical.ces;

import io.lucent.plugins.forecast.statistical.math.InformationCriteria;

/**
 * A fitted CES model, on the scale of the data.
 *
 * @param seasonality    the form
 * @param period         the seasonal period used by the seasonal states
 * @param parameters     the smoothing parameters
 * @param fitted         the one-step fitted values
 * @param last           the state rows after the last observation, oldest first
 * @param sse            the sum of squared one-step errors
 * @param estimated      how many values were estimated, the error variance included
 * @param logLikelihood  the Gaussian log-likelihood at the variance {@code sse / n}
 */
public record CesFit(CesSeasonality seasonality, int period, CesParameters parameters, double[] fitted,
                     double[][] last, double sse, int estimated, double logLikelihood) {

    /**
     * The number of observations.
     *
     * @return n
     */
    public int observations() {
        return fitted.length;
    }

    /**
     * Akaike's criterion.
     *
     * @return AIC
     */
    public double aic() {
        return -2 * logLikelihood + 2 * estimated;
    }

    /**
     * The small-sample corrected AIC; infinite when there are too few observations for it.
     *
     * @return AICc
     */
    public double aicc() {
        return InformationCriteria.aicc(aic(), estimated, observations());
    }

    /**
     * The Bayesian criterion.
     *
     * @return BIC
     */
    public double bic() {
        return -2 * logLikelihood + Math.log(observations()) * estimated;
    }

    /**
     * The one-step error variance with the estimated values taken off the degrees of freedom (used for
     * intervals).
     *
     * @return sigma squared
     */
    public double sigma2() {
        int dof = observations() - estimated;
        return sse / (dof > 0 ? dof : observations());
    }

    /**
     * The state-space matrices of the fit.
     *
     * @return the system
     */
    public CesSystem system() {
        return CesSystem.of(seasonality, period, parameters);
    }
}
