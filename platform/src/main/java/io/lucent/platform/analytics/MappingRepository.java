package io.lucent.platform.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetDependents;
import io.lucent.platform.datasets.DeletedDataset;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The saved column mappings of a tenant's datasets: sales mappings (table {@code analytics_mappings}) and
 * inventory mappings (table {@code analytics_inventory_mappings}). Both go with their dataset when it is deleted.
 */
public final class MappingRepository implements DatasetDependents {

    private static final String SALES = "analytics_mappings";
    private static final String INVENTORY = "analytics_inventory_mappings";

    private final TenantDatabase database;
    private final ObjectMapper json;
    private final Clock clock;

    public MappingRepository(TenantDatabase database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    public Optional<SalesMapping> find(TenantContext tenant, String datasetId) {
        return find(tenant, SALES, datasetId, SalesMapping.class);
    }

    public void save(TenantContext tenant, String datasetId, SalesMapping mapping) {
        save(tenant, SALES, datasetId, mapping);
    }

    public boolean delete(TenantContext tenant, String datasetId) {
        return delete(tenant, SALES, datasetId);
    }

    public Optional<InventoryMapping> findInventory(TenantContext tenant, String datasetId) {
        return find(tenant, INVENTORY, datasetId, InventoryMapping.class);
    }

    public void saveInventory(TenantContext tenant, String datasetId, InventoryMapping mapping) {
        save(tenant, INVENTORY, datasetId, mapping);
    }

    public boolean deleteInventory(TenantContext tenant, String datasetId) {
        return delete(tenant, INVENTORY, datasetId);
    }

    /** Deletes both mappings of a dataset that is being deleted, in its deletion's transaction. */
    @Override
    public AfterCommit deleteFor(Handle handle, DeletedDataset dataset) {
        handle.createUpdate("DELETE FROM " + SALES + " WHERE dataset_id = :id").bind("id", dataset.id()).execute();
        handle.createUpdate("DELETE FROM " + INVENTORY + " WHERE dataset_id = :id").bind("id", dataset.id()).execute();
        return AfterCommit.NOTHING;
    }

    private <T> Optional<T> find(TenantContext tenant, String table, String datasetId, Class<T> type) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT mapping_json FROM " + table + " WHERE dataset_id = :id")
                .bind("id", datasetId).mapTo(String.class).findOne()).map(text -> read(text, type));
    }

    private void save(TenantContext tenant, String table, String datasetId, Object mapping) {
        String text = write(mapping);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        database.inTenant(tenant, handle -> {
            handle.createUpdate("DELETE FROM " + table + " WHERE dataset_id = :id").bind("id", datasetId).execute();
            return handle.createUpdate("INSERT INTO " + table + " (dataset_id, mapping_json, updated_at, updated_by) "
                    + "VALUES (:id, :json, :now, :user)").bind("id", datasetId).bind("json", text).bind("now", now)
                    .bind("user", tenant.userId()).execute();
        });
    }

    private boolean delete(TenantContext tenant, String table, String datasetId) {
        return database.inTenant(tenant, handle -> handle.createUpdate("DELETE FROM " + table + " WHERE dataset_id = :id")
                .bind("id", datasetId).execute()) > 0;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analytics mapping is not valid JSON", e);
        }
    }

    private String write(Object mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
