package io.lucent.platform.metadata;

import io.lucent.platform.tenancy.TenantContext;
import org.jdbi.v3.core.HandleCallback;

/**
 * SaaS mode on PostgreSQL: each tenant's tables in its own schema. Every unit of work runs in a transaction
 * whose {@code search_path} is set with {@code SET LOCAL} to that schema alone, so it ends with the
 * transaction and a pooled connection carries nothing to the next request.
 */
public final class SchemaPerTenantDatabase implements TenantDatabase {

    private final MetadataDatabase database;

    public SchemaPerTenantDatabase(MetadataDatabase database) {
        this.database = database;
    }

    @Override
    public <R> R inTenant(TenantContext tenant, HandleCallback<R, RuntimeException> work) {
        String schema = SqlIdentifiers.quote(SqlIdentifiers.tenantSchema(tenant.tenantId()));
        return database.jdbi().inTransaction(handle -> {
            handle.execute("SET LOCAL search_path TO " + schema);
            return work.withHandle(handle);
        });
    }

    @Override
    public void provision(String tenantId) {
        Migrations.migrateTenant(database.dataSource(), SqlIdentifiers.tenantSchema(tenantId));
    }
}
