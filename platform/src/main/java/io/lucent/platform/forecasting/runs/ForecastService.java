package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.platform.forecasting.series.DatasetSeriesReader;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.jobs.Job;
import io.lucent.platform.jobs.JobPriority;
import io.lucent.platform.jobs.JobService;
import io.lucent.platform.jobs.JobSpec;
import io.lucent.platform.tenancy.ForecastLimits;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Forecasts as jobs: checks a request completely before anything is written (dataset, columns, entities,
 * method, settings, the tenant's horizon and batch limits), records the run in the tenant's history, and queues one task per entity.
 */
public final class ForecastService {

    /** The longest series a synchronous preview forecasts. */
    static final int PREVIEW_MAX_LENGTH = 5_000;
    static final int PREVIEW_MAX_HORIZON = 200;

    private final DatasetService datasets;
    private final DatasetSeriesReader reader;
    private final EntityForecaster forecaster;
    private final ForecastStore store;
    private final JobService jobs;
    private final ObjectMapper json;
    private final Clock clock;
    private final ForecastLimits limits;

    public ForecastService(DatasetService datasets, DatasetSeriesReader reader, EntityForecaster forecaster, ForecastStore store, JobService jobs,
                           ObjectMapper json, Clock clock, ForecastLimits limits) {
        this.datasets = datasets;
        this.reader = reader;
        this.forecaster = forecaster;
        this.store = store;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
        this.limits = limits;
    }

    /** The series view of a request's dataset (current version). */
    public SeriesSet series(TenantContext tenant, ForecastRunRequest request) {
        StoredDataset dataset = datasets.get(tenant, request.requireDataset());
        ColumnMapping.Resolved columns = request.mapping().resolve(dataset.columns());
        return reader.read(dataset.current().storageKey(), columns, request.frequencyOverride());
    }

    /**
     * Queues a forecast. {@code single} requires exactly one entity (run); otherwise the listed entities or all
     * of them (batch).
     */
    public ForecastStatus submit(TenantContext tenant, ForecastRunRequest request, boolean single, String idempotencyKey) {
        ForecastSpec spec = request.spec();
        forecaster.method(spec);
        StoredDataset dataset = datasets.get(tenant, request.requireDataset());
        ColumnMapping.Resolved columns = request.mapping().resolve(dataset.columns());
        SeriesSet series = reader.read(dataset.current().storageKey(), columns, request.frequencyOverride());
        List<String> entities = series.select(request.entities());
        if (single && entities.size() != 1) {
            throw LucentException.invalid("A single forecast needs exactly one entity in 'entities'; use /api/v1/forecast/batch for more");
        }
        limits.requireHorizonWithin(tenant, spec.horizon());
        limits.requireBatchWithin(tenant, entities.size());
        if (request.timeoutSeconds() != null && request.timeoutSeconds() < 1) {
            throw LucentException.invalid("timeoutSeconds must be at least 1");
        }
        String id = UUID.randomUUID().toString();
        ForecastPayload payload = new ForecastPayload(dataset.current().storageKey(), columns, series.frequency(), spec);
        store.insertRun(tenant, new ForecastRun(id, dataset.id(), dataset.current().version(), spec.method(), spec.horizon(), entities.size(),
                series.frequency().name().toLowerCase(java.util.Locale.ROOT), write(request), clock.instant(), tenant.userId()));
        JobSpec job = JobSpec.of(ForecastTaskHandler.KIND, write(payload), entities).withId(id).withIdempotencyKey(idempotencyKey)
                .withPriority(single ? JobPriority.INTERACTIVE : JobPriority.BATCH);
        if (request.timeoutSeconds() != null) {
            job = job.withTimeout(Duration.ofSeconds(request.timeoutSeconds()));
        }
        Job queued;
        try {
            queued = jobs.submit(tenant, job);
        } catch (RuntimeException e) {
            store.deleteRun(tenant, id);
            throw e;
        }
        if (!queued.id().equals(id)) {
            store.deleteRun(tenant, id);
        }
        return status(tenant, queued.id());
    }

    public ForecastStatus status(TenantContext tenant, String id) {
        ForecastRun run = run(tenant, id);
        return ForecastStatus.of(jobs.get(tenant, id), run, clock.instant());
    }

    public ForecastStatus cancel(TenantContext tenant, String id) {
        run(tenant, id);
        jobs.cancel(tenant, id);
        return status(tenant, id);
    }

    /** The run's history record; 404 when the tenant has no forecast with that id. */
    public ForecastRun run(TenantContext tenant, String id) {
        return store.run(tenant, id).orElseThrow(() -> LucentException.notFound("Forecast", id));
    }

    /** A synchronous forecast of one short entity, nothing stored. */
    public EntityForecast preview(TenantContext tenant, ForecastRunRequest request) {
        ForecastSpec spec = request.spec();
        if (spec.horizon() > PREVIEW_MAX_HORIZON) {
            throw LucentException.invalid("A preview forecasts at most " + PREVIEW_MAX_HORIZON + " steps; queue a forecast for more");
        }
        SeriesSet series = series(tenant, request);
        List<String> entities = series.select(request.entities());
        if (entities.size() != 1) {
            throw LucentException.invalid("A preview needs exactly one entity in 'entities'");
        }
        var entity = series.entity(entities.get(0));
        if (entity.length() > PREVIEW_MAX_LENGTH) {
            throw LucentException.invalid("A preview takes series of at most " + PREVIEW_MAX_LENGTH + " periods; this one has " + entity.length());
        }
        return forecaster.forecast(tenant, entity, spec, () -> false);
    }

    /** The tenant's forecasts, newest first. */
    public List<ForecastRun> history(TenantContext tenant, int offset, int limit) {
        return store.runs(tenant, offset, limit);
    }

    public int countHistory(TenantContext tenant) {
        return store.countRuns(tenant);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
