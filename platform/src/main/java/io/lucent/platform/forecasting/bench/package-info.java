/**
 * The forecast accuracy benchmark behind {@code lucent bench forecast}: reads the long-format M4/M3 layout
 * ({@code train.csv}, {@code test.csv}, {@code info.csv}), runs forecasting methods on every series on all
 * cores, and reports the M4 accuracy measures (sMAPE, MASE, OWA against Naive2), interval coverage and MSIS,
 * speed and fallbacks, per frequency and overall.
 */
package io.lucent.platform.forecasting.bench;
