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
 * Applies preprocessing steps to every entity of a dataset and stores the result as a new dataset version (the
 * older versions stay; nothing is edited in place), or resets a dataset to its original upload as a new version.
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

    /** Applies the steps to every entity (all are checked before anything is written) and stores a new version. */
    public StoredDataset apply(TenantContext tenant, String datasetId, List<Step> steps, ColumnMapping columns, String frequency) {
        if (steps == null || steps.isEmpty()) {
            throw LucentException.invalid("Give at least one step in 'steps'");
        }
        ColumnMapping mapping = columns == null ? ColumnMapping.DEFAULTS : columns;
        SeriesSet series = forecasts.series(tenant, new ForecastRunRequest(datasetId, null, null, 1, null, null, null, mapping, frequency, null));
        List<EntitySeries> processed = new ArrayList<>();
        for (EntitySeries entity : series.entities().values()) {
            EntitySeries current = entity;
            for (Step step : steps) {
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
