package io.lucent.platform.forecasting.bench;

/**
 * One benchmark series.
 *
 * @param id             the series id
 * @param frequency      the frequency name as in the data ("Yearly", "Monthly", ...)
 * @param seasonalPeriod the M4 seasonal period used for models, MASE and Naive2
 * @param horizon        the forecast horizon
 * @param train          the history
 * @param test           the values to forecast, {@code horizon} of them
 */
public record BenchSeries(String id, String frequency, int seasonalPeriod, int horizon, double[] train, double[] test) {
}
