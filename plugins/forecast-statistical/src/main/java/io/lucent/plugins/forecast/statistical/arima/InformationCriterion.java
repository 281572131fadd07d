package io.lucent.plugins.forecast.statistical.arima;

/** The criterion models are ranked by. */
public enum InformationCriterion {
    /** Akaike's information criterion. */
    AIC,
    /** The small-sample corrected AIC (the default, as in R). */
    AICC,
    /** The Bayesian information criterion. */
    BIC
}
