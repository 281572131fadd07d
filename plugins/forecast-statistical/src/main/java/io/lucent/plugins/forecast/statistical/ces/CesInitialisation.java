package io.lucent.plugins.forecast.statistical.ces;

/** How the initial states are obtained. */
public enum CesInitialisation {
    /**
     * Backcasting (the default of R's smooth package): for each trial of the smoothing parameters, the model runs
     * forwards over the data, then backwards over the reversed data from where it ended, twice, and the states
     * the backward pass ends with start the final forward pass. Only the smoothing parameters are estimated.
     */
    BACKCAST,
    /**
     * The level and potential at the start are estimated with the smoothing parameters; seasonal states start
     * from the first cycle's deviations from its mean and are not estimated.
     */
    OPTIMAL
}
