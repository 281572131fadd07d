package io.lucent.platform.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DeletedDataset;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.plugin.api.insight.Metric;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Insight sets and their insights in the tenant's tables {@code insight_sets} and {@code insights}; a dataset's
 * sets go with it when it is deleted.
 */
public final class InsightRepository implements DatasetDependents {

    private static final TypeReference<List<Metric>> METRICS = new TypeReference<>() { };
    private static final String SET_COLUMNS = "id, dataset_id, dataset_version, content_hash, packs, generated_at";
    private static final String INSIGHT_COLUMNS = "i.id, s.dataset_id, s.dataset_version, s.content_hash, i.pack_id, i.rule_id, i.category, "
            + "i.confidence, i.title, i.description, i.subject, i.metrics_json, i.recommended_action, s.generated_at";

    private final TenantDatabase database;
    private final ObjectMapper json;

    public InsightRepository(TenantDatabase database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The set generated for the dataset with this fingerprint, if any. */
    public Optional<InsightSet> findByFingerprint(TenantContext tenant, String datasetId, String fingerprint) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT " + SET_COLUMNS + " FROM insight_sets "
                        + "WHERE dataset_id = :dataset AND fingerprint = :fingerprint")
                .bind("dataset", datasetId).bind("fingerprint", fingerprint).map((rs, ctx) -> rs.getString("id")).findFirst()
                .map(id -> load(handle, id)));
    }

    /** The newest set generated from the dataset version with this content hash, if any. */
    public Optional<InsightSet> latest(TenantContext tenant, String datasetId, String contentHash) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT id FROM insight_sets WHERE dataset_id = :dataset "
                        + "AND content_hash = :hash ORDER BY generated_at DESC, id LIMIT 1")
                .bind("dataset", datasetId).bind("hash", contentHash).mapTo(String.class).findFirst().map(id -> load(handle, id)));
    }

    public Optional<StoredInsight> insight(TenantContext tenant, String id) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT " + INSIGHT_COLUMNS
                        + " FROM insights i JOIN insight_sets s ON s.id = i.set_id WHERE i.id = :id")
                .bind("id", id).map((rs, ctx) -> insight(rs)).findFirst());
    }

    /** Stores a set generated without an inventory dataset. */
    public void save(TenantContext tenant, InsightSet set, String fingerprint, String generatedBy) {
        save(tenant, set, fingerprint, generatedBy, null);
    }

    /**
     * Stores a set with its insights in one transaction, with the datasets it was generated from locked first; 404
     * if either was deleted meanwhile (the set would outlive it).
     *
     * @param inventoryDatasetId the inventory dataset whose stock figures it used, or null
     */
    public void save(TenantContext tenant, InsightSet set, String fingerprint, String generatedBy, String inventoryDatasetId) {
        database.inTenant(tenant, handle -> {
            for (String dataset : inventoryDatasetId == null ? List.of(set.datasetId()) : List.of(set.datasetId(), inventoryDatasetId)) {
                if (!DatasetRepository.lockExisting(handle, dataset)) {
                    throw LucentException.notFound("Dataset", dataset);
                }
            }
            handle.createUpdate("INSERT INTO insight_sets (id, dataset_id, dataset_version, content_hash, fingerprint, packs, generated_at, generated_by) "
                            + "VALUES (:id, :dataset, :version, :hash, :fingerprint, :packs, :at, :by)")
                    .bind("id", set.id()).bind("dataset", set.datasetId()).bind("version", set.datasetVersion()).bind("hash", set.contentHash())
                    .bind("fingerprint", fingerprint).bind("packs", String.join(",", set.packs()))
                    .bind("at", Timestamp.from(set.generatedAt())).bind("by", generatedBy).execute();
            if (inventoryDatasetId != null) {
                handle.createUpdate("INSERT INTO insight_set_inventories (set_id, inventory_dataset_id) VALUES (:set, :inventory)")
                        .bind("set", set.id()).bind("inventory", inventoryDatasetId).execute();
            }
            int position = 0;
            for (StoredInsight insight : set.insights()) {
                handle.createUpdate("INSERT INTO insights (id, set_id, position, pack_id, rule_id, category, confidence, title, description, subject, "
                                + "recommended_action, metrics_json) VALUES (:id, :set, :position, :pack, :rule, :category, :confidence, :title, "
                                + ":description, :subject, :action, :metrics)")
                        .bind("id", insight.id()).bind("set", set.id()).bind("position", position++).bind("pack", insight.packId())
                        .bind("rule", insight.ruleId()).bind("category", insight.category()).bind("confidence", insight.confidence())
                        .bind("title", insight.title()).bind("description", insight.description()).bind("subject", insight.subject())
                        .bind("action", insight.recommendedAction()).bind("metrics", write(insight.supportingMetrics())).execute();
            }
            return null;
        });
    }

    /**
     * Deletes the insights and sets of a dataset that is being deleted, in its deletion's transaction: those
     * generated from it, and those that used it as their inventory.
     */
    @Override
    public AfterCommit deleteFor(Handle handle, DeletedDataset dataset) {
        List<String> sets = handle.createQuery("SELECT id FROM insight_sets WHERE dataset_id = :dataset "
                        + "UNION SELECT set_id FROM insight_set_inventories WHERE inventory_dataset_id = :dataset")
                .bind("dataset", dataset.id()).mapTo(String.class).list();
        if (!sets.isEmpty()) {
            for (String table : List.of("insights", "insight_set_inventories")) {
                handle.createUpdate("DELETE FROM " + table + " WHERE set_id IN (<sets>)").bindList("sets", sets).execute();
            }
            handle.createUpdate("DELETE FROM insight_sets WHERE id IN (<sets>)").bindList("sets", sets).execute();
        }
        return AfterCommit.NOTHING;
    }

    private InsightSet load(Handle handle, String id) {
        record Header(String id, String datasetId, int version, String hash, String packs, Instant at) {
        }
        Header header = handle.createQuery("SELECT " + SET_COLUMNS + " FROM insight_sets WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new Header(rs.getString("id"), rs.getString("dataset_id"), rs.getInt("dataset_version"),
                        rs.getString("content_hash"), rs.getString("packs"), instant(rs, "generated_at"))).one();
        List<StoredInsight> insights = handle.createQuery("SELECT " + INSIGHT_COLUMNS + " FROM insights i JOIN insight_sets s ON s.id = i.set_id "
                + "WHERE i.set_id = :id ORDER BY i.position").bind("id", id).map((rs, ctx) -> insight(rs)).list();
        List<String> packs = header.packs().isEmpty() ? List.of() : Arrays.asList(header.packs().split(","));
        return new InsightSet(header.id(), header.datasetId(), header.version(), header.hash(), packs, header.at(), insights);
    }

    private StoredInsight insight(ResultSet rs) throws SQLException {
        return new StoredInsight(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), read(rs.getString(12)), rs.getString(13), instant(rs, 14));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs.getObject(column));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return instant(rs.getObject(column));
    }

    /** A timestamp as PostgreSQL (Timestamp) or SQLite (epoch millis or text) returns it. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        String text = value.toString().trim();
        return text.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(text)) : Timestamp.valueOf(text).toInstant();
    }

    private List<Metric> read(String text) {
        try {
            return json.readValue(text, METRICS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored insight metrics are not valid JSON", e);
        }
    }

    private String write(List<Metric> metrics) {
        try {
            return json.writeValueAsString(metrics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
