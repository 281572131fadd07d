package io.lucent.platform.forecasting.runs;

import io.lucent.platform.jobs.JobStore;
import io.lucent.platform.ratelimit.IdempotentReplays;
import io.lucent.platform.tenancy.TenantContext;

/** A forecast request repeats an earlier one when the tenant already has a job with its Idempotency-Key. */
final class ForecastReplays implements IdempotentReplays {

    private final JobStore jobs;

    ForecastReplays(JobStore jobs) {
        this.jobs = jobs;
    }

    @Override
    public boolean isReplay(TenantContext tenant, String key) {
        return jobs.jobForIdempotencyKey(tenant, key).isPresent();
    }
}
