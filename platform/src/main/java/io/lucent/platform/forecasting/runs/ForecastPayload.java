package io.lucent.platform.forecasting.runs;

import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.plugin.api.forecast.Frequency;

/**
 * A forecast job's payload: where to read the series and what to forecast. Every task of the job reads it.
 *
 * @param storageKey the dataset version's Parquet file
 * @param columns    the resolved columns
 * @param frequency  the frequency
 * @param spec       the forecast settings
 */
public record ForecastPayload(String storageKey, ColumnMapping.Resolved columns, Frequency frequency, ForecastSpec spec) {
}
