package io.lucent.platform.jobs;

/**
 * How many jobs each tenant may have running at once (its plan's {@code maxConcurrentForecasts}, read from the
 * tenant's limits); a tenant's further jobs wait in the queue until one of its running jobs ends.
 */
@FunctionalInterface
public interface TenantJobLimits {

    /** The most jobs {@code tenantId} may have running at once (at least 1). */
    int maxRunningJobs(String tenantId);
}
