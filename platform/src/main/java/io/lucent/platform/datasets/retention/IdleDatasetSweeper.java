package io.lucent.platform.datasets.retention;

import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetService;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Session retention: deletes every dataset (with its versions and derived results) that nobody has read for the
 * configured idle time, tenant by tenant.
 */
public final class IdleDatasetSweeper {
    private static final Logger LOG = LoggerFactory.getLogger(IdleDatasetSweeper.class);

    private final TenantDirectory tenants;
    private final DatasetRepository repository;
    private final DatasetService datasets;
    private final Duration idle;
    private final Clock clock;

    public IdleDatasetSweeper(TenantDirectory tenants, DatasetRepository repository, DatasetService datasets, Duration idle, Clock clock) {
        this.tenants = tenants;
        this.repository = repository;
        this.datasets = datasets;
        this.idle = idle;
        this.clock = clock;
    }

    /** Deletes the idle datasets of every tenant; returns how many. */
    public int sweep() {
        Instant cutoff = clock.instant().minus(idle);
        int deleted = 0;
        for (TenantDirectory.Tenant tenant : tenants.all()) {
            TenantContext system = new TenantContext(tenant.id(), "retention", Role.ADMIN);
            for (String id : repository.idleSince(system, cutoff)) {
                try {
                    datasets.delete(system, id);
                    deleted++;
                } catch (RuntimeException e) {
                    LOG.warn("Could not delete idle dataset {} of tenant {}", id, tenant.id(), e);
                }
            }
        }
        if (deleted > 0) {
            LOG.info("Session retention deleted {} dataset(s) idle for more than {} minutes", deleted, idle.toMinutes());
        }
        return deleted;
    }
}
