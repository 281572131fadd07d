package io.lucent.plugin.api.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fit chose and how well it fits. Information criteria are {@code NaN} where the method has no
 * likelihood (for example naive methods).
 *
 * @param model          the chosen model in its conventional notation, for example {@code "ETS(M,Ad,M)"} or
 *                       {@code "ARIMA(0,1,1)(0,1,1)[12]"}
 * @param parameters     the parameters
 * @param logLikelihood  the maximised log-likelihood, or {@code NaN}
 * @param aic            Akaike's information criterion, or {@code NaN}
 * @param aicc           the small-sample corrected AIC, or {@code NaN}
 * @param bic            the Bayesian information criterion, or {@code NaN}
 * @param sigma2         the residual variance
 * @param fallbackReason when the requested model could not be fitted and a simpler one was used instead,
 *                       why; {@code null} otherwise
 */
public record ModelSummary(
        String model,
        List<ModelParameter> parameters,
        double logLikelihood,
        double aic,
        double aicc,
        double bic,
        double sigma2,
        String fallbackReason) {

    /**
     * Validates and copies.
     *
     * @param model the {@code model} component
     * @param parameters the {@code parameters} component
     * @param logLikelihood the {@code logLikelihood} component
     * @param aic the {@code aic} component
     * @param aicc the {@code aicc} component
     * @param bic the {@code bic} component
     * @param sigma2 the {@code sigma2} component
     * @param fallbackReason the {@code fallbackReason} component
     */
    public ModelSummary {
        Objects.requireNonNull(model, "model is null");
        parameters = List.copyOf(parameters);
    }

    /**
     * A summary of a model without likelihood.
     *
     * @param model      the model notation
     * @param parameters the parameters
     * @param sigma2     the residual variance
     * @return the summary
     */
    public static ModelSummary withoutLikelihood(String model, List<ModelParameter> parameters, double sigma2) {
        return new ModelSummary(model, parameters, Double.NaN, Double.NaN, Double.NaN, Double.NaN, sigma2, null);
    }

    /**
     * This summary marked as a fallback.
     *
     * @param reason why the requested model was not used
     * @return a new summary
     */
    public ModelSummary asFallback(String reason) {
        return new ModelSummary(model, parameters, logLikelihood, aic, aicc, bic, sigma2, reason);
    }

    /**
     * Why a fallback was used, if it was.
     *
     * @return the reason, empty when the requested model was fitted
     */
    public Optional<String> fallback() {
        return Optional.ofNullable(fallbackReason);
    }
}
