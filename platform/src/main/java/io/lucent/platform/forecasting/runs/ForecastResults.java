package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.jobs.JobService;
import io.lucent.platform.jobs.TaskState;
import io.lucent.platform.jobs.TaskView;
import io.lucent.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Reads a forecast's stored results: rows, metrics, cross-validation, a summary. Tenant-scoped throughout. */
public final class ForecastResults {

    /** A page of result rows. */
    public record DataPage(List<ResultRows.Row> rows, int offset, int limit, int total) {
    }

    /** One entity's measures. */
    public record EntityMetrics(String entityId, String entityName, String model, AccuracyMetrics fit, AccuracyMetrics crossValidation) {
    }

    /** The metrics of a forecast: per entity, and their means over entities. */
    public record Metrics(List<EntityMetrics> entities, Map<String, Double> meanFit, Map<String, Double> meanCrossValidation,
                          List<String> notes) {
    }

    /** An entity that failed, and why. */
    public record Failure(String entityId, String error) {
    }

    /** What a forecast produced, in brief. */
    public record Summary(ForecastStatus status, Map<String, Integer> models, int fallbacks, Map<String, Double> meanFit,
                          Map<String, Double> meanCrossValidation, List<Failure> failures) {
    }

    /** One entity's cross-validation. */
    public record EntityEvaluation(String entityId, String model, EntityForecast.Evaluation evaluation) {
    }

    static final int MAX_PAGE = 5_000;

    private final ForecastStore store;
    private final ForecastService forecasts;
    private final JobService jobs;
    private final ObjectMapper json;
    private final ResultPages pages;

    public ForecastResults(ForecastStore store, ForecastService forecasts, JobService jobs, ObjectMapper json) {
        this.store = store;
        this.forecasts = forecasts;
        this.jobs = jobs;
        this.json = json;
        this.pages = new ResultPages(store, json);
    }

    /** Every stored entity result of a forecast, in entity order. */
    public List<EntityForecast> all(TenantContext tenant, String id) {
        forecasts.run(tenant, id);
        List<EntityForecast> all = new ArrayList<>();
        int page = 500;
        for (int offset = 0; ; offset += page) {
            List<ForecastStore.StoredResult> results = store.results(tenant, id, offset, page);
            results.forEach(r -> all.add(read(r.json())));
            if (results.size() < page) {
                return all;
            }
        }
    }

    public EntityForecast entity(TenantContext tenant, String id, String entityId) {
        forecasts.run(tenant, id);
        return store.result(tenant, id, entityId).map(r -> read(r.json())).orElseThrow(() -> LucentException.notFound("Entity result", entityId));
    }

    /** The newest forecast of an entity of a dataset. */
    public EntityForecast latest(TenantContext tenant, String datasetId, String entityId) {
        return store.latestForEntity(tenant, datasetId, entityId).map(r -> read(r.json()))
                .orElseThrow(() -> LucentException.notFound("Forecast of entity", entityId));
    }

    /** A page of the long layout (see {@link ResultPages}). */
    public DataPage data(TenantContext tenant, String id, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw LucentException.invalid("offset must be at least 0 and limit between 1 and " + MAX_PAGE);
        }
        forecasts.run(tenant, id);
        return pages.page(tenant, id, offset, limit);
    }

    public Metrics metrics(TenantContext tenant, String id) {
        List<EntityForecast> all = all(tenant, id);
        List<EntityMetrics> entities = all.stream().map(f -> new EntityMetrics(f.entityId(), f.entityName(), f.model(), f.fit(),
                f.evaluation() == null ? null : f.evaluation().metrics())).toList();
        List<String> notes = new ArrayList<>();
        if (entities.stream().anyMatch(e -> e.fit().mape() == null)) {
            notes.add("MAPE is undefined for entities with zero actual values and is left out of the means");
        }
        return new Metrics(entities, means(all, EntityForecast::fit), means(all, f -> f.evaluation() == null ? null : f.evaluation().metrics()),
                notes);
    }

    public List<EntityEvaluation> crossValidation(TenantContext tenant, String id) {
        return all(tenant, id).stream().filter(f -> f.evaluation() != null)
                .map(f -> new EntityEvaluation(f.entityId(), f.model(), f.evaluation())).toList();
    }

    public Summary summary(TenantContext tenant, String id) {
        ForecastStatus status = forecasts.status(tenant, id);
        List<EntityForecast> all = all(tenant, id);
        Map<String, Integer> models = new TreeMap<>();
        all.forEach(f -> models.merge(f.model(), 1, Integer::sum));
        int fallbacks = (int) all.stream().filter(f -> f.fallback() != null).count();
        List<Failure> failures = new ArrayList<>();
        for (TaskView task : jobs.tasks(tenant, id)) {
            if (task.state() == TaskState.FAILED) {
                failures.add(new Failure(task.entityKey(), task.error().orElse("unknown error")));
            }
        }
        return new Summary(status, models, fallbacks, means(all, EntityForecast::fit),
                means(all, f -> f.evaluation() == null ? null : f.evaluation().metrics()), failures);
    }

    private static Map<String, Double> means(List<EntityForecast> all, Function<EntityForecast, AccuracyMetrics> pick) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        for (EntityForecast forecast : all) {
            AccuracyMetrics metrics = pick.apply(forecast);
            if (metrics == null) {
                continue;
            }
            add(sums, "mae", metrics.mae());
            add(sums, "rmse", metrics.rmse());
            add(sums, "mape", metrics.mape());
            add(sums, "smape", metrics.smape());
            add(sums, "mase", metrics.mase());
            metrics.coverage().forEach((level, value) -> add(sums, "coverage_" + level, value));
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, sum) -> means.put(name, sum[1] == 0 ? null : sum[0] / sum[1]));
        return means;
    }

    private static void add(Map<String, double[]> sums, String name, Double value) {
        double[] sum = sums.computeIfAbsent(name, n -> new double[2]);
        if (value != null && Double.isFinite(value)) {
            sum[0] += value;
            sum[1]++;
        }
    }

    private EntityForecast read(String text) {
        try {
            return json.readValue(text, EntityForecast.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored forecast result could not be read", e);
        }
    }
}
