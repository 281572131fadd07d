/**
 * The statistical forecasting methods of Lucent, one {@link org.pf4j.Extension} per method id: {@code naive2},
 * {@code ses}, {@code holt}, {@code damped}, {@code ets}, {@code theta}, {@code dotm}, {@code comb} and
 * {@code auto} (AutoARIMA lives in the {@code arima} sub-package).
 *
 * <p>Every method goes through {@link io.lucent.plugins.forecast.statistical.MethodRunner}, which interpolates
 * missing values, caps very long histories, handles constant series and falls back to a naive forecast when a
 * model cannot be fitted, so that no valid series makes a method throw.
 */
package io.lucent.plugins.forecast.statistical;
