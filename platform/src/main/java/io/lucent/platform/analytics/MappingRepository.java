package io.lucent.platform.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The saved sales-column mappings of a tenant's datasets (table {@code analytics_mappings}). */
public final class MappingRepository {

    private final TenantDatabase database;
    private final ObjectMapper json;
    private final Clock clock;

    public MappingRepository(TenantDatabase database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    public Optional<SalesMapping> find(TenantContext tenant, String datasetId) {
        return database.inTenant(tenant, handle -> handle.createQuery("SELECT mapping_json FROM analytics_mappings WHERE dataset_id = :id")
                .bind("id", datasetId).mapTo(String.class).findOne()).map(this::read);
    }

    public void save(TenantContext tenant, String datasetId, SalesMapping mapping) {
        String text = write(mapping);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        database.inTenant(tenant, handle -> {
            handle.createUpdate("DELETE FROM analytics_mappings WHERE dataset_id = :id").bind("id", datasetId).execute();
            return handle.createUpdate("INSERT INTO analytics_mappings (dataset_id, mapping_json, updated_at, updated_by) "
                    + "VALUES (:id, :json, :now, :user)").bind("id", datasetId).bind("json", text).bind("now", now)
                    .bind("user", tenant.userId()).execute();
        });
    }

    public boolean delete(TenantContext tenant, String datasetId) {
        return database.inTenant(tenant, handle -> handle.createUpdate("DELETE FROM analytics_mappings WHERE dataset_id = :id")
                .bind("id", datasetId).execute()) > 0;
    }

    private SalesMapping read(String text) {
        try {
            return json.readValue(text, SalesMapping.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored analytics mapping is not valid JSON", e);
        }
    }

    private String write(SalesMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
