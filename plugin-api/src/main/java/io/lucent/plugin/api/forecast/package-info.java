/**
 * Forecasting methods: a {@link io.lucent.plugin.api.forecast.ForecastMethod} turns a
 * {@link io.lucent.plugin.api.forecast.TimeSeries} into a {@link io.lucent.plugin.api.forecast.ForecastResult}
 * with point forecasts, prediction intervals, fitted values, residuals and a model summary.
 */
package io.lucent.plugin.api.forecast;
