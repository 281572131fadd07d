package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * A forecast run's record in the tenant's history.
 *
 * @param id             the forecast id (also its job's id)
 * @param datasetId      the dataset
 * @param datasetVersion the version it read
 * @param method         the method id
 * @param horizon        steps ahead
 * @param entityCount    how many entities it covers
 * @param frequency      the series' frequency
 * @param requestJson    the request as given
 * @param createdAt      when it was submitted
 * @param createdBy      who submitted it
 */
public record ForecastRun(String id, String datasetId, int datasetVersion, String method, int horizon, int entityCount, String frequency,
                          String requestJson,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt, String createdBy) {
}
