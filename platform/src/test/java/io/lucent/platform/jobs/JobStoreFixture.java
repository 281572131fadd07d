package io.lucent.platform.jobs;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * What the job-store tests share: two tenants, the submit limits and lease they use unless a test says otherwise,
 * and a job store on a fresh migrated database in which both tenants exist.
 */
final class JobStoreFixture {

    static final TenantContext ACME = new TenantContext("acme", "ann", Role.ANALYST);
    static final TenantContext GLOBEX = new TenantContext("globex", "bob", Role.ANALYST);
    static final JobStore.SubmitLimits LIMITS = new JobStore.SubmitLimits(100, 60_000, 3, 5);
    static final long LEASE = 30_000;

    private JobStoreFixture() {
    }

    /** A job store on a new database of {@code dialect} (a file under {@code directory} for SQLite) with acme and globex. */
    static JobStore store(Dialect dialect, Path directory, Supplier<ExternalServices> services) {
        MetadataDatabase database = JobTestDatabase.create(dialect, directory, services);
        JobTestDatabase.addTenant(database, ACME.tenantId());
        JobTestDatabase.addTenant(database, GLOBEX.tenantId());
        return new JobStore(database);
    }
}
