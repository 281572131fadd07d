package io.lucent.platform.metadata;

import io.lucent.platform.tenancy.TenantContext;
import org.jdbi.v3.core.HandleCallback;

/**
 * The only way to tenant-owned tables: runs work in a transaction scoped to one tenant. Local mode has one
 * tenant in one SQLite file; SaaS mode sets a transaction-local {@code search_path} to the tenant's schema,
 * so nothing tenant-specific survives on a pooled connection and a wrong tenant fails closed.
 */
public interface TenantDatabase {

    /** Runs {@code work} in a transaction scoped to {@code tenant} and returns its result. */
    <R> R inTenant(TenantContext tenant, HandleCallback<R, RuntimeException> work);

    /** Creates (or migrates) the tables of a new tenant. Idempotent. */
    void provision(String tenantId);
}
