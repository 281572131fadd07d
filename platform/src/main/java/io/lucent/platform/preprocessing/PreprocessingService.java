package io.lucent.platform.preprocessing;

import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.runs.ForecastRunRequest;
import io.lucent.platform.forecasting.runs.ForecastService;
import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.duckdb.DuckDBConnection;

/**
 * Previews preprocessing steps on chosen entities, applies them to some or all entities of a dataset and stores the
 * result as a new dataset version (the older versions stay; nothing is edited in place), or resets a dataset to its original upload as a new version.
 * The new version has four columns named as the view's: date, entity id, entity name (when the dataset has
 * one) and value, one row per entity and period, missing values as nulls.
 */
public final class PreprocessingService {

    private final ForecastService forecasts;
    private final DatasetService datasets;
    private final DatasetRepository repository;
    private final DatasetStore store;
    private final DuckDbEngine engine;
    private final VersionWriter writer;
    private final Clock clock;

    public PreprocessingService(ForecastService forecasts, DatasetService datasets, DatasetRepository repository, DatasetStore store,
                                DuckDbEngine engine, VersionWriter writer, Clock clock) {
        this.forecasts = forecasts;
        this.datasets = datasets;
        this.repository = repository;
        this.store = store;
        this.engine = engine;
        this.writer = writer;
        this.clock = clock;
    }

    /** One entity before and after a list of steps, with what each step did (a duplicates step first, if any). */
    public record EntityPreview(EntitySeries before, EntitySeries after, List<SeriesTransforms.Outcome> steps) {
    }

    /** The series view of a dataset's current version. */
    public SeriesSet series(TenantContext tenant, String datasetId, ColumnMapping columns, String frequency) {
        ColumnMapping mapping = columns == null ? ColumnMapping.DEFAULTS : columns;
        return forecasts.series(tenant, new ForecastRunRequest(datasetId, null, null, 1, null, null, null, mapping, frequency, null));
    }

    /**
     * Runs the steps on the given entities without storing anything. "Before" is the view with the request's
     * columns; a leading duplicates step rebuilds the view with its rule and reports the periods whose value changed.
     */
    public List<EntityPreview> preview(TenantContext tenant, String datasetId, List<String> entities, List<Step> steps, ColumnMapping columns,
                                       String frequency) {
        if (entities == null || entities.isEmpty()) {
            throw LucentException.invalid("Name at least one entity to preview");
        }
        StepList list = StepList.of(steps);
        SeriesSet before = series(tenant, datasetId, columns, frequency);
        SeriesSet base = list.duplicates().isPresent() ? series(tenant, datasetId, list.columns(columns), frequency) : before;
        List<EntityPreview> previews = new ArrayList<>();
        for (String id : distinct(entities)) {
            EntitySeries original = before.entity(id);
            List<SeriesTransforms.Outcome> outcomes = new ArrayList<>();
            EntitySeries current = base.entity(id);
            if (list.duplicatesStep().isPresent()) {
                List<Integer> changed = differing(original.values(), current.values());
                outcomes.add(new SeriesTransforms.Outcome(current, "duplicates:" + list.duplicates().get(), changed.size(), changed));
            }
            for (Step step : list.seriesSteps()) {
                SeriesTransforms.Outcome outcome = SeriesTransforms.apply(current, step);
                outcomes.add(outcome);
                current = outcome.series();
            }
            previews.add(new EntityPreview(original, current, outcomes));
        }
        return previews;
    }

    /**
     * Applies the steps to the given entities (null or empty: every entity) and stores a new version in which the
     * other entities keep their values. Every entity is processed and checked before anything is written.
     */
    public StoredDataset apply(TenantContext tenant, String datasetId, List<Step> steps, ColumnMapping columns, String frequency,
                               List<String> entities) {
        StepList list = StepList.of(steps);
        SeriesSet series = series(tenant, datasetId, columns, frequency);
        SeriesSet base = list.duplicates().isPresent() ? series(tenant, datasetId, list.columns(columns), frequency) : series;
        java.util.Set<String> chosen = entities == null || entities.isEmpty() ? series.entities().keySet() : new java.util.HashSet<>(distinct(entities));
        chosen.forEach(series::entity);
        boolean some = chosen.size() < series.entities().size();
        if (some && list.seriesSteps().stream().anyMatch(step -> step.typeName().equals("aggregate"))) {
            throw LucentException.invalid("Aggregation changes the calendar of the whole dataset; apply it to every entity (omit 'entities')");
        }
        List<EntitySeries> processed = new ArrayList<>();
        for (EntitySeries entity : series.entities().values()) {
            if (!chosen.contains(entity.id())) {
                processed.add(entity);
                continue;
            }
            EntitySeries current = base.entity(entity.id());
            for (Step step : list.seriesSteps()) {
                current = SeriesTransforms.apply(current, step).series();
            }
            processed.add(current);
        }
        String table = "processed_" + UUID.randomUUID().toString().replace("-", "");
        ColumnMapping.Resolved names = series.columns();
        boolean withName = names.entityName().isPresent();
        try (DuckDBConnection staging = engine.staging()) {
            try (Statement statement = staging.createStatement()) {
                statement.execute("CREATE TEMP TABLE " + table + " (" + DuckDbEngine.identifier(names.date()) + " TIMESTAMP, "
                        + DuckDbEngine.identifier(names.entityId()) + " VARCHAR, "
                        + (withName ? DuckDbEngine.identifier(names.entityName().get()) + " VARCHAR, " : "")
                        + DuckDbEngine.identifier(names.value()) + " DOUBLE)");
            }
            try (PreparedStatement insert = staging.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, " + (withName ? "?, " : "") + "?)")) {
                for (EntitySeries entity : processed) {
                    double[] values = entity.values();
                    for (int i = 0; i < values.length; i++) {
                        int c = 1;
                        insert.setTimestamp(c++, Timestamp.valueOf(entity.periods().get(i)));
                        insert.setString(c++, entity.id());
                        if (withName) {
                            insert.setString(c++, entity.name());
                        }
                        if (Double.isNaN(values[i])) {
                            insert.setObject(c, null);
                        } else {
                            insert.setDouble(c, values[i]);
                        }
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            return addVersion(tenant, datasetId, staging, "SELECT * FROM " + table, "preprocess");
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Writing the preprocessed version failed: " + e.getMessage(), Map.of(), e);
        }
    }

    private static List<String> distinct(List<String> entities) {
        if (entities.size() > 1000) {
            throw LucentException.invalid("Name at most 1000 entities");
        }
        if (entities.stream().anyMatch(e -> e == null || e.isBlank())) {
            throw LucentException.invalid("Entity ids must not be blank");
        }
        return entities.stream().distinct().toList();
    }

    private static List<Integer> differing(double[] before, double[] after) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < Math.min(before.length, after.length); i++) {
            boolean same = Double.isNaN(before[i]) ? Double.isNaN(after[i]) : before[i] == after[i];
            if (!same) {
                positions.add(i);
            }
        }
        return positions;
    }

    /** Makes the dataset's original upload (version 1) current again, as a new version. */
    public StoredDataset reset(TenantContext tenant, String datasetId) {
        datasets.get(tenant, datasetId);
        DatasetVersion original = repository.versions(tenant, datasetId).stream().min(Comparator.comparingInt(DatasetVersion::version))
                .orElseThrow(() -> LucentException.notFound("Dataset", datasetId));
        try (DuckDBConnection staging = engine.staging()) {
            return addVersion(tenant, datasetId, staging, "SELECT * FROM read_parquet("
                    + DuckDbEngine.literal(store.localFile(original.storageKey()).toString()) + ")", "reset");
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Resetting failed: " + e.getMessage(), Map.of(), e);
        }
    }

    private StoredDataset addVersion(TenantContext tenant, String datasetId, DuckDBConnection staging, String query, String origin) {
        int next = repository.versions(tenant, datasetId).stream().mapToInt(DatasetVersion::version).max().orElse(0) + 1;
        VersionWriter.Written written = writer.write(tenant, datasetId, next, staging, query, origin, 0, clock.instant());
        try {
            repository.addVersion(tenant, datasetId, written.version(), written.columns());
        } catch (RuntimeException e) {
            store.deletePrefix(written.version().storageKey());
            throw e;
        }
        return datasets.get(tenant, datasetId);
    }
}
