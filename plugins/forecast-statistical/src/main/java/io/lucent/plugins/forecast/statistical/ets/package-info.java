/**
 * Exponential smoothing in the innovations state-space form of Hyndman, Koehler, Ord and Snyder (2008):
 * the ETS family with additive or multiplicative errors, no, additive or damped additive trend, and no,
 * additive or multiplicative seasonality; maximum-likelihood fitting with R's parameter bounds and
 * admissibility conditions, AICc model selection, analytic and simulated prediction intervals.
 */
package io.lucent.plugins.forecast.statistical.ets;
