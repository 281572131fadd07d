package io.lucent.platform.tenancy;

import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** The tenants (shared table): creates them with their tables and keeps every tenant's tables migrated. */
public final class TenantDirectory {

    /** A tenant row. */
    public record Tenant(String id, String name, String plan) {
    }

    private final MetadataDatabase database;
    private final TenantDatabase tenantDatabase;
    private final Clock clock;

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
            database.jdbi().useHandle(handle -> handle.createUpdate(
                            "INSERT INTO tenants (id, name, plan, created_at) VALUES (:id, :name, 'standard', :now)")
                    .bind("id", id).bind("name", name).bind("now", LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                    .execute());
        }
        tenantDatabase.provision(id);
        return find(id).orElseThrow();
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

    /** Brings every tenant's tables to the current changelog; run at start-up after an upgrade. */
    public void migrateAll() {
        for (Tenant tenant : all()) {
            tenantDatabase.provision(tenant.id());
        }
    }
}
