package io.lucent.platform.usage;

import io.lucent.platform.auth.Accounts;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.jobs.JobStore;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.ratelimit.RateLimiter;
import io.lucent.platform.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a tenant uses of its limits right now, next to {@link io.lucent.platform.tenancy.TenantLimits.Limits}:
 * users, datasets and running forecast jobs; and of each hourly allowance what the caller and the whole tenant
 * took in the current window (read from the same buckets the rate limiter enforces, so the figures match the 429s).
 */
public final class CurrentUsage {

    private final Accounts accounts;
    private final DatasetRepository datasets;
    private final JobStore jobs;
    private final RateLimiter limiter;

    public CurrentUsage(Accounts accounts, DatasetRepository datasets, JobStore jobs, RateLimiter limiter) {
        this.accounts = accounts;
        this.datasets = datasets;
        this.jobs = jobs;
        this.limiter = limiter;
    }

    /**
     * The figures by name: {@code users}, {@code datasets}, {@code runningForecasts}; {@code uploadsThisHour},
     * {@code forecastsThisHour}, {@code aiCallsThisHour} (the caller's) and the same with a {@code tenant} prefix
     * (all users').
     */
    public Map<String, Object> of(TenantContext tenant) {
        Map<String, Object> current = new LinkedHashMap<>();
        current.put("users", accounts.count(tenant.tenantId()));
        current.put("datasets", datasets.count(tenant));
        current.put("runningForecasts", jobs.runningJobs(tenant.tenantId()));
        hourly(current, tenant, RateLimitedAction.UPLOAD, "uploadsThisHour", "tenantUploadsThisHour");
        hourly(current, tenant, RateLimitedAction.FORECAST, "forecastsThisHour", "tenantForecastsThisHour");
        hourly(current, tenant, RateLimitedAction.AI_CALL, "aiCallsThisHour", "tenantAiCallsThisHour");
        return current;
    }

    private void hourly(Map<String, Object> current, TenantContext tenant, RateLimitedAction action, String user, String all) {
        RateLimiter.Used used = limiter.used(tenant, action);
        current.put(user, used.userUsed());
        current.put(all, used.tenantUsed());
    }
}
