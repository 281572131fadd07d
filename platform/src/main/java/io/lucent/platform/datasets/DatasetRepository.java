package io.lucent.platform.datasets;

import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Dataset metadata in the tenant's tables (datasets, dataset_versions, dataset_columns). Thread-safe. */
public final class DatasetRepository {

    private static final String SELECT = "SELECT d.id, d.name, d.source_name, d.connector, d.created_at, d.created_by, d.last_used_at, "
            + "v.version, v.content_hash, v.row_count, v.size_bytes, v.storage_key, v.origin, v.rejected_rows, v.created_at AS v_created_at, "
            + "v.created_by AS v_created_by FROM datasets d JOIN dataset_versions v ON v.dataset_id = d.id AND v.version = d.current_version ";

    private static final String VERSIONS = "SELECT version, content_hash, row_count, size_bytes, storage_key, origin, rejected_rows, "
            + "created_at AS v_created_at, created_by AS v_created_by FROM dataset_versions WHERE dataset_id = :id ORDER BY version";

    private final TenantDatabase database;
    private final Set<DatasetDependents> dependents;

    public DatasetRepository(TenantDatabase database) {
        this(database, Set.of());
    }

    /** @param dependents other features' rows about a dataset, deleted with it */
    public DatasetRepository(TenantDatabase database, Set<DatasetDependents> dependents) {
        this.database = database;
        this.dependents = Set.copyOf(dependents);
    }

    /** How many datasets the tenant has. */
    public int count(TenantContext tenant) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT COUNT(*) FROM datasets").mapTo(Integer.class).one());
    }

    /** A page of the tenant's datasets, newest first. */
    public List<StoredDataset> page(TenantContext tenant, int offset, int limit) {
        return database.inTenant(tenant, handle -> {
            List<Row> rows = handle.createQuery(SELECT + "ORDER BY d.created_at DESC, d.id LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> row(rs)).list();
            return withColumns(handle, rows);
        });
    }

    /** One dataset of the tenant, if it exists. */
    public Optional<StoredDataset> find(TenantContext tenant, String id) {
        return database.inTenant(tenant, handle -> {
            List<Row> rows = handle.createQuery(SELECT + "WHERE d.id = :id").bind("id", id).map((rs, ctx) -> row(rs)).list();
            return withColumns(handle, rows).stream().findFirst();
        });
    }

    /** Every version of a dataset, oldest first. */
    public List<DatasetVersion> versions(TenantContext tenant, String id) {
        return database.inTenant(tenant, handle -> handle.createQuery(VERSIONS)
                .bind("id", id).map((rs, ctx) -> version(rs)).list());
    }

    /** Records a new dataset with its first version. */
    public void create(TenantContext tenant, String id, String name, String sourceName, String connector, DatasetVersion version,
                       List<DatasetColumn> columns) {
        create(tenant, id, name, sourceName, connector, version, columns, Optional.empty());
    }

    /**
     * Records a new dataset with its first version and, if given, the upload's idempotency key (in the same
     * transaction: a second dataset for one key fails on the key's primary key).
     */
    public void create(TenantContext tenant, String id, String name, String sourceName, String connector, DatasetVersion version,
                       List<DatasetColumn> columns, Optional<String> idempotencyKey) {
        database.inTenant(tenant, handle -> {
            handle.createUpdate("INSERT INTO datasets (id, name, source_name, connector, current_version, created_at, created_by, last_used_at) "
                            + "VALUES (:id, :name, :source, :connector, :version, :now, :user, :now)")
                    .bind("id", id).bind("name", name).bind("source", sourceName).bind("connector", connector)
                    .bind("version", version.version()).bind("now", Timestamp.from(version.createdAt()))
                    .bind("user", version.createdBy()).execute();
            insertVersion(handle, id, version, columns);
            if (idempotencyKey.isPresent()) {
                handle.createUpdate("DELETE FROM dataset_upload_keys WHERE idempotency_key = :key AND dataset_id NOT IN (SELECT id FROM datasets)")
                        .bind("key", idempotencyKey.get()).execute();
                handle.createUpdate("INSERT INTO dataset_upload_keys (idempotency_key, dataset_id, created_at) VALUES (:key, :id, :now)")
                        .bind("key", idempotencyKey.get()).bind("id", id).bind("now", Timestamp.from(version.createdAt())).execute();
            }
            return null;
        });
    }

    /** The dataset an upload with this idempotency key created, if any. */
    public Optional<String> datasetForUploadKey(TenantContext tenant, String key) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT dataset_id FROM dataset_upload_keys WHERE idempotency_key = :key")
                .bind("key", key).mapTo(String.class).findOne());
    }

    /** Adds a version to a dataset and makes it current; 404 if the dataset was deleted meanwhile. */
    public void addVersion(TenantContext tenant, String id, DatasetVersion version, List<DatasetColumn> columns) {
        database.inTenant(tenant, handle -> {
            if (!lockExisting(handle, id)) {
                throw LucentException.notFound("Dataset", id);
            }
            insertVersion(handle, id, version, columns);
            handle.createUpdate("UPDATE datasets SET current_version = :version, last_used_at = :now WHERE id = :id")
                    .bind("version", version.version()).bind("now", Timestamp.from(version.createdAt())).bind("id", id).execute();
            return null;
        });
    }

    /**
     * A deleted dataset and what the features that kept something about it still have to remove now that the
     * deletion has committed ({@link DatasetDependents#deleteFor(Handle, DeletedDataset)}).
     */
    public record Deletion(DeletedDataset dataset, List<DatasetDependents.AfterCommit> afterCommit) {

        public Deletion {
            afterCommit = List.copyOf(afterCommit);
        }
    }

    /**
     * Deletes a dataset's metadata and the rows other features keep about it ({@link DatasetDependents}), in one
     * transaction that first locks the dataset's row; empty if there is no such dataset.
     */
    public Optional<Deletion> delete(TenantContext tenant, String id) {
        return database.inTenant(tenant, handle -> {
            if (!lockExisting(handle, id)) {
                return Optional.<Deletion>empty();
            }
            List<DatasetVersion> versions = handle.createQuery(VERSIONS).bind("id", id)
                    .map((rs, ctx) -> version(rs)).list();
            DeletedDataset dataset = new DeletedDataset(tenant, id, versions);
            List<DatasetDependents.AfterCommit> afterCommit = new ArrayList<>();
            for (DatasetDependents dependent : dependents) {
                afterCommit.add(dependent.deleteFor(handle, dataset));
            }
            handle.createUpdate("DELETE FROM dataset_upload_keys WHERE dataset_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM dataset_columns WHERE dataset_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM dataset_versions WHERE dataset_id = :id").bind("id", id).execute();
            handle.createUpdate("DELETE FROM datasets WHERE id = :id").bind("id", id).execute();
            return Optional.of(new Deletion(dataset, afterCommit));
        });
    }

    /**
     * Locks a dataset's row until {@code handle}'s transaction ends; false if the dataset does not exist (any more).
     * A feature writing rows about a dataset calls this first in the same transaction: on PostgreSQL it then waits
     * for a deletion under way and sees the dataset gone once it committed, instead of writing rows about a deleted
     * dataset; on SQLite writers take turns anyway.
     */
    public static boolean lockExisting(Handle handle, String datasetId) {
        return handle.createUpdate("UPDATE datasets SET last_used_at = last_used_at WHERE id = :id").bind("id", datasetId).execute() > 0;
    }

    /** Marks a dataset as used now. */
    public void touch(TenantContext tenant, String id, Instant now) {
        database.inTenant(tenant, handle -> handle.createUpdate("UPDATE datasets SET last_used_at = :now WHERE id = :id")
                .bind("now", Timestamp.from(now)).bind("id", id).execute());
    }

    /** Ids of the tenant's datasets not used since {@code before}. */
    public List<String> idleSince(TenantContext tenant, Instant before) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT id FROM datasets WHERE last_used_at < :before ORDER BY id")
                .bind("before", Timestamp.from(before)).mapTo(String.class).list());
    }

    private static void insertVersion(Handle handle, String id, DatasetVersion version, List<DatasetColumn> columns) {
        handle.createUpdate("INSERT INTO dataset_versions (dataset_id, version, content_hash, row_count, size_bytes, storage_key, origin, "
                        + "rejected_rows, created_at, created_by) VALUES (:id, :version, :hash, :rows, :size, :key, :origin, :rejected, :now, :user)")
                .bind("id", id).bind("version", version.version()).bind("hash", version.contentHash())
                .bind("rows", version.rowCount()).bind("size", version.sizeBytes()).bind("key", version.storageKey())
                .bind("origin", version.origin()).bind("rejected", version.rejectedRows())
                .bind("now", Timestamp.from(version.createdAt())).bind("user", version.createdBy()).execute();
        var batch = handle.prepareBatch("INSERT INTO dataset_columns (dataset_id, version, position, name, type) "
                + "VALUES (:id, :version, :position, :name, :type)");
        for (int i = 0; i < columns.size(); i++) {
            batch.bind("id", id).bind("version", version.version()).bind("position", i)
                    .bind("name", columns.get(i).name()).bind("type", columns.get(i).type()).add();
        }
        batch.execute();
    }

    private static List<StoredDataset> withColumns(Handle handle, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<DatasetColumn>> columns = new LinkedHashMap<>();
        for (Row row : rows) {
            columns.put(row.id(), handle.createQuery(
                            "SELECT name, type FROM dataset_columns WHERE dataset_id = :id AND version = :version ORDER BY position")
                    .bind("id", row.id()).bind("version", row.version().version())
                    .map((rs, ctx) -> new DatasetColumn(rs.getString("name"), rs.getString("type"))).list());
        }
        List<StoredDataset> datasets = new ArrayList<>();
        for (Row row : rows) {
            datasets.add(new StoredDataset(row.id(), row.name(), row.sourceName(), row.connector(), row.createdAt(), row.createdBy(),
                    row.lastUsedAt(), row.version(), columns.get(row.id())));
        }
        return datasets;
    }

    private record Row(String id, String name, String sourceName, String connector, Instant createdAt, String createdBy,
                       Instant lastUsedAt, DatasetVersion version) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("name"), rs.getString("source_name"), rs.getString("connector"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "last_used_at"), version(rs));
    }

    private static DatasetVersion version(ResultSet rs) throws SQLException {
        return new DatasetVersion(rs.getInt("version"), rs.getString("content_hash"), rs.getLong("row_count"), rs.getLong("size_bytes"),
                rs.getString("storage_key"), rs.getString("origin"), rs.getLong("rejected_rows"), instant(rs, "v_created_at"),
                rs.getString("v_created_by"));
    }

    /** Reads a timestamp column: PostgreSQL returns a timestamp, SQLite the epoch milliseconds it stored. */
    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        String text = value.toString().trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochMilli(Long.parseLong(text));
        }
        return Timestamp.valueOf(text).toInstant();
    }
}
