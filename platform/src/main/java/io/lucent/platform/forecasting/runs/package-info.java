/**
 * The forecasting workflow over the job system: {@code POST /api/v1/forecast/run|batch} checks the whole request
 * (dataset, columns, entities, method and settings) before anything is written, records the run in the tenant's
 * {@code forecast_runs} and queues one task per entity; {@link io.lucent.platform.forecasting.runs.ForecastTaskHandler}
 * reads the entity's series (the dataset version named at submission, so results are reproducible), forecasts it
 * with the method from the plugins, evaluates it and stores one {@code forecast_results} row per entity.
 *
 * <p>Decisions where the issue is silent: the dataset's rows are summed per period of the (detected or given)
 * frequency, so asking for {@code "frequency": "weekly"} on daily orders aggregates them; periods without rows
 * are missing values, which the methods interpolate. Metrics are always computed in sample (one-step fitted
 * values); out-of-sample metrics and interval coverage need {@code crossValidation} (one fold is a plain
 * holdout; defaults: 3 folds, the forecast horizon, origins one horizon apart). MAPE is null, with a note, when
 * an actual value is zero. Result rows use null for missing numbers. Times are ISO-8601 UTC.
 */
package io.lucent.platform.forecasting.runs;
