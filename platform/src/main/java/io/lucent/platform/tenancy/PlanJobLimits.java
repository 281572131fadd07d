package io.lucent.platform.tenancy;

import io.lucent.platform.jobs.TenantJobLimits;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The job system's per-tenant concurrency from each tenant's {@code maxConcurrentForecasts}. Workers ask on
 * every claim, so each tenant's answer is kept for a few seconds: an operator's change takes effect within
 * {@link #FRESH_FOR}.
 */
public final class PlanJobLimits implements TenantJobLimits {

    /** How long a tenant's limit is reused before it is read again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    private record Entry(int limit, long readAtMillis) {
    }

    private final TenantLimits limits;
    private final Clock clock;
    private final Map<String, Entry> recent = new ConcurrentHashMap<>();

    public PlanJobLimits(TenantLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public int maxRunningJobs(String tenantId) {
        long now = clock.millis();
        Entry entry = recent.get(tenantId);
        if (entry == null || now - entry.readAtMillis() >= FRESH_FOR.toMillis()) {
            entry = new Entry(limits.of(tenantId).maxConcurrentForecasts(), now);
            recent.put(tenantId, entry);
        }
        return entry.limit();
    }
}
