/**
 * Numerics shared by the statistical forecasting methods: autocorrelation, the seasonality test and classical
 * decomposition used by the M4 benchmarks, a derivative-free optimiser, normal quantiles and helpers that turn
 * standard errors or simulated paths into prediction intervals. Everything works on primitive arrays and holds
 * no state.
 */
package io.lucent.plugins.forecast.statistical.math;
