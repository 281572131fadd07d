package io.lucent.platform.tenancy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The tenants (shared table): creates them with their tables, keeps every tenant's tables migrated, and holds
 * each tenant's settings and limit overrides (JSON objects).
 */
public final class TenantDirectory {

    /** A tenant row. */
    public record Tenant(String id, String name, String plan) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final String ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final MetadataDatabase database;
    private final TenantDatabase tenantDatabase;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    public TenantDirectory(MetadataDatabase database, TenantDatabase tenantDatabase, Clock clock) {
        this.database = database;
        this.tenantDatabase = tenantDatabase;
        this.clock = clock;
    }

    /** Creates a tenant and its tables, or returns the existing one with that id. */
    public Tenant ensure(String id, String name) {
        new TenantContext(id, "system", Role.ADMIN);
        Optional<Tenant> existing = find(id);
        if (existing.isEmpty()) {
            database.jdbi().useHandle(handle -> insert(handle, id, name));
        }
        tenantDatabase.provision(id);
        return find(id).orElseThrow();
    }

    /** A new opaque tenant id ({@code t} and 15 random lower-case letters or digits): ids never reveal names. */
    public String newId() {
        StringBuilder id = new StringBuilder("t");
        for (int i = 0; i < 15; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }

    /** Inserts a tenant row in the caller's transaction (its tables come with {@link #provision(String)}). */
    public void insert(Handle handle, String id, String name) {
        handle.createUpdate("INSERT INTO tenants (id, name, plan, created_at, settings_json, limits_json) "
                        + "VALUES (:id, :name, 'standard', :now, '{}', '{}')")
                .bind("id", id).bind("name", name).bind("now", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .execute();
    }

    /** Creates (or migrates) a tenant's own tables. */
    public void provision(String id) {
        tenantDatabase.provision(id);
    }

    public Optional<Tenant> find(String id) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT id, name, plan FROM tenants WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new Tenant(rs.getString("id"), rs.getString("name"), rs.getString("plan")))
                .findOne());
    }

    public List<Tenant> all() {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT id, name, plan FROM tenants ORDER BY id")
                .map((rs, ctx) -> new Tenant(rs.getString("id"), rs.getString("name"), rs.getString("plan")))
                .list());
    }

    /** The tenant's settings (e.g. {@code loginCodeRequired}); empty for an unknown tenant. */
    public Map<String, Object> settings(String id) {
        return readJson(id, "settings_json");
    }

    /** The tenant's own limit overrides, by limit name. */
    public Map<String, Object> limitOverrides(String id) {
        return readJson(id, "limits_json");
    }

    /** Renames the tenant and replaces its settings. */
    public void update(String id, String name, Map<String, Object> settings) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE tenants SET name = :name, settings_json = :settings WHERE id = :id")
                .bind("id", id).bind("name", name).bind("settings", write(settings)).execute());
    }

    /** Replaces the tenant's limit overrides (an operator action). */
    public void setLimitOverrides(String id, Map<String, Object> overrides) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE tenants SET limits_json = :limits WHERE id = :id")
                .bind("id", id).bind("limits", write(overrides)).execute());
    }

    /** Sets the tenant's plan (an operator action). */
    public void setPlan(String id, String plan) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE tenants SET plan = :plan WHERE id = :id")
                .bind("id", id).bind("plan", plan).execute());
    }

    /** Brings every tenant's tables to the current changelog; run at start-up after an upgrade. */
    public void migrateAll() {
        for (Tenant tenant : all()) {
            tenantDatabase.provision(tenant.id());
        }
    }

    private Map<String, Object> readJson(String id, String column) {
        Optional<String> text = database.jdbi().withHandle(handle -> handle.createQuery("SELECT " + column + " FROM tenants WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne());
        try {
            return text.isEmpty() ? Map.of() : json.readValue(text.get(), MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tenant " + id + " has unreadable " + column, e);
        }
    }

    private String write(Map<String, Object> value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
