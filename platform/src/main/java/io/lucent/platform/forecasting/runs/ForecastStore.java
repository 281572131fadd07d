package io.lucent.platform.forecasting.runs;

import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The tenant's forecast tables: runs and per-entity results. Every call is scoped to one tenant. */
public final class ForecastStore {

    /** A stored per-entity result. */
    public record StoredResult(String entityId, String entityName, String model, String json) {
    }

    private final TenantDatabase database;

    public ForecastStore(TenantDatabase database) {
        this.database = database;
    }

    /**
     * Records a run in the history, with its dataset's row locked in the same transaction; 404 if the dataset was
     * deleted meanwhile (so no run is ever recorded for a deleted dataset).
     */
    public void insertRun(TenantContext tenant, ForecastRun run) {
        database.inTenant(tenant, handle -> {
            if (!DatasetRepository.lockExisting(handle, run.datasetId())) {
                throw LucentException.notFound("Dataset", run.datasetId());
            }
            return handle.createUpdate("INSERT INTO forecast_runs (id, dataset_id, dataset_version, method, horizon,"
                            + " entity_count, frequency, request_json, created_at, created_by) VALUES (:id, :dataset, :version, :method, :horizon,"
                            + " :entities, :frequency, :request, :created, :by)")
                    .bind("id", run.id()).bind("dataset", run.datasetId()).bind("version", run.datasetVersion()).bind("method", run.method())
                    .bind("horizon", run.horizon()).bind("entities", run.entityCount()).bind("frequency", run.frequency())
                    .bind("request", run.requestJson()).bind("created", run.createdAt().toEpochMilli()).bind("by", run.createdBy()).execute();
        });
    }

    /**
     * Deletes every run of a dataset with its results, on the caller's tenant handle (the dataset's deletion).
     *
     * @return the ids of the deleted runs (their jobs have the same ids)
     */
    public static List<String> deleteForDataset(Handle tenantHandle, String datasetId) {
        // The runs first: their rows stay locked until the deletion commits, so a result write waiting on one of them
        // (replaceResult) finds it gone, and a result committed before is found by the next statement.
        List<String> runs = tenantHandle.createQuery("DELETE FROM forecast_runs WHERE dataset_id = :dataset RETURNING id")
                .bind("dataset", datasetId).mapTo(String.class).list();
        if (!runs.isEmpty()) {
            tenantHandle.createUpdate("DELETE FROM forecast_results WHERE forecast_id IN (<runs>)").bindList("runs", runs).execute();
        }
        return runs;
    }

    public void deleteRun(TenantContext tenant, String id) {
        database.inTenant(tenant, handle -> handle.createUpdate("DELETE FROM forecast_runs WHERE id = :id").bind("id", id).execute());
    }

    public Optional<ForecastRun> run(TenantContext tenant, String id) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT * FROM forecast_runs WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new ForecastRun(rs.getString("id"), rs.getString("dataset_id"), rs.getInt("dataset_version"),
                        rs.getString("method"), rs.getInt("horizon"), rs.getInt("entity_count"), rs.getString("frequency"),
                        rs.getString("request_json"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("created_by")))
                .findOne());
    }

    /** Runs newest first. */
    public List<ForecastRun> runs(TenantContext tenant, int offset, int limit) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT * FROM forecast_runs ORDER BY created_at DESC, id"
                        + " LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ForecastRun(rs.getString("id"), rs.getString("dataset_id"), rs.getInt("dataset_version"),
                        rs.getString("method"), rs.getInt("horizon"), rs.getInt("entity_count"), rs.getString("frequency"),
                        rs.getString("request_json"), Instant.ofEpochMilli(rs.getLong("created_at")), rs.getString("created_by")))
                .list());
    }

    public int countRuns(TenantContext tenant) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT COUNT(*) FROM forecast_runs").mapTo(Integer.class).one());
    }

    /**
     * Replaces an entity's result (a task run twice leaves one row). Runs on the caller's tenant handle. Writes
     * nothing when the run is gone (its dataset was deleted while the task ran): the run's row is locked first, so
     * a deletion under way is waited for and then seen.
     *
     * @return false if the run no longer exists and nothing was written
     */
    public static boolean replaceResult(Handle tenantHandle, String forecastId, EntityForecast result, String json, long now) {
        if (tenantHandle.createUpdate("UPDATE forecast_runs SET entity_count = entity_count WHERE id = :id").bind("id", forecastId).execute() == 0) {
            return false;
        }
        tenantHandle.createUpdate("DELETE FROM forecast_results WHERE forecast_id = :id AND entity_id = :entity")
                .bind("id", forecastId).bind("entity", result.entityId()).execute();
        tenantHandle.createUpdate("INSERT INTO forecast_results (forecast_id, entity_id, entity_name, model, result_json, row_count, created_at)"
                        + " VALUES (:id, :entity, :name, :model, :json, :rows, :now)")
                .bind("id", forecastId).bind("entity", result.entityId()).bind("name", result.entityName())
                .bind("model", result.model()).bind("json", json).bind("rows", ResultRows.count(result)).bind("now", now).execute();
        return true;
    }

    /** A stored result with the position of its first row in the forecast's long layout (entities in id order). */
    public record PagedResult(String json, long firstRow) {
    }

    /**
     * The results whose rows overlap rows {@code offset} to {@code offset + limit - 1} of the long layout, found by
     * running sums of the stored row counts; only their JSON is read.
     */
    public List<PagedResult> resultsCovering(TenantContext tenant, String forecastId, long offset, int limit) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT f.result_json, p.first_row FROM forecast_results f JOIN ("
                        + " SELECT entity_id, row_count, SUM(row_count) OVER (ORDER BY entity_id) - row_count AS first_row"
                        + " FROM forecast_results WHERE forecast_id = :id) p ON p.entity_id = f.entity_id"
                        + " WHERE f.forecast_id = :id AND p.first_row < :end AND p.first_row + p.row_count > :offset ORDER BY f.entity_id")
                .bind("id", forecastId).bind("offset", offset).bind("end", offset + limit)
                .map((rs, ctx) -> new PagedResult(rs.getString(1), rs.getLong(2))).list());
    }

    /** All rows of a forecast's long layout. */
    public long countRows(TenantContext tenant, String forecastId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT COALESCE(SUM(row_count), 0) FROM forecast_results"
                + " WHERE forecast_id = :id").bind("id", forecastId).mapTo(Long.class).one());
    }

    /** Results stored before row counts existed: their ids and JSON, to count once. */
    public List<StoredResult> resultsWithoutRowCount(TenantContext tenant, String forecastId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT entity_id, entity_name, model, result_json FROM forecast_results"
                        + " WHERE forecast_id = :id AND row_count IS NULL")
                .bind("id", forecastId)
                .map((rs, ctx) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
    }

    public void setRowCount(TenantContext tenant, String forecastId, String entityId, int rows) {
        database.inTenant(tenant, handle -> handle.createUpdate("UPDATE forecast_results SET row_count = :rows WHERE forecast_id = :id"
                + " AND entity_id = :entity").bind("rows", rows).bind("id", forecastId).bind("entity", entityId).execute());
    }

    /** Results of a run in entity order, a page at a time. */
    public List<StoredResult> results(TenantContext tenant, String forecastId, int offset, int limit) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT entity_id, entity_name, model, result_json FROM forecast_results"
                        + " WHERE forecast_id = :id ORDER BY entity_id LIMIT :limit OFFSET :offset")
                .bind("id", forecastId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
    }

    public int countResults(TenantContext tenant, String forecastId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT COUNT(*) FROM forecast_results WHERE forecast_id = :id")
                .bind("id", forecastId).mapTo(Integer.class).one());
    }

    public Optional<StoredResult> result(TenantContext tenant, String forecastId, String entityId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT entity_id, entity_name, model, result_json FROM forecast_results"
                        + " WHERE forecast_id = :id AND entity_id = :entity")
                .bind("id", forecastId).bind("entity", entityId)
                .map((rs, ctx) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).findOne());
    }

    /** The newest result for an entity of a dataset, across runs. */
    public Optional<StoredResult> latestForEntity(TenantContext tenant, String datasetId, String entityId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT r.entity_id, r.entity_name, r.model, r.result_json"
                        + " FROM forecast_results r JOIN forecast_runs f ON f.id = r.forecast_id"
                        + " WHERE f.dataset_id = :dataset AND r.entity_id = :entity ORDER BY r.created_at DESC LIMIT 1")
                .bind("dataset", datasetId).bind("entity", entityId)
                .map((rs, ctx) -> new StoredResult(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).findOne());
    }
}
