package io.lucent.platform.metadata;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import org.jdbi.v3.core.HandleCallback;

/** Local mode: one tenant, whose tables live in the one SQLite file. Any other tenant id fails closed. */
public final class SingleTenantDatabase implements TenantDatabase {

    private final MetadataDatabase database;
    private final String tenantId;

    public SingleTenantDatabase(MetadataDatabase database, String tenantId) {
        this.database = database;
        this.tenantId = tenantId;
    }

    @Override
    public <R> R inTenant(TenantContext tenant, HandleCallback<R, RuntimeException> work) {
        if (!tenantId.equals(tenant.tenantId())) {
            throw new LucentException(ErrorCode.FORBIDDEN, "Unknown tenant");
        }
        return database.jdbi().inTransaction(work);
    }

    @Override
    public void provision(String id) {
        if (!tenantId.equals(id)) {
            throw new IllegalArgumentException("local mode has exactly one tenant, '" + tenantId + "'");
        }
        Migrations.migrateTenant(database.dataSource(), null);
    }
}
