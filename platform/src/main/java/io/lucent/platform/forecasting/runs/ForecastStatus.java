package io.lucent.platform.forecasting.runs;

import io.lucent.platform.jobs.Job;
import java.time.Duration;
import java.time.Instant;

/**
 * A forecast's progress, as {@code GET /api/v1/forecast/status/{id}} reports it.
 *
 * @param id              the forecast id
 * @param state           queued, running, completed, failed, cancelled or timed_out
 * @param percent         finished entities in percent
 * @param total           entities in the forecast
 * @param queued          entities waiting
 * @param running         entities being forecast
 * @param done            entities forecast
 * @param failed          entities that failed (see the results for why)
 * @param cancelled       entities not forecast because the job was cancelled or timed out
 * @param datasetId       the dataset
 * @param method          the method
 * @param horizon         steps ahead
 * @param createdAt       submitted (ISO-8601 UTC, as the other times)
 * @param startedAt       first entity started, or null
 * @param finishedAt      ended, or null
 * @param durationSeconds from start to end (or to now while running), or null before the start
 * @param error           why the job failed, timed out or was cancelled, or null
 */
public record ForecastStatus(String id, String state, double percent, int total, int queued, int running, int done, int failed,
                             int cancelled, String datasetId, String method, int horizon, String createdAt, String startedAt,
                             String finishedAt, Double durationSeconds, String error) {

    static ForecastStatus of(Job job, ForecastRun run, Instant now) {
        Instant started = job.startedAt().orElse(null);
        Instant finished = job.finishedAt().orElse(null);
        Double duration = started == null ? null : Duration.between(started, finished == null ? now : finished).toMillis() / 1000.0;
        return new ForecastStatus(job.id(), job.state().wireName(), job.counts().percent(), job.counts().total(), job.counts().queued(),
                job.counts().running(), job.counts().done(), job.counts().failed(), job.counts().cancelled(), run.datasetId(), run.method(),
                run.horizon(), job.createdAt().toString(), started == null ? null : started.toString(),
                finished == null ? null : finished.toString(), duration, job.error().orElse(null));
    }
}
