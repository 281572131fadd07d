package io.lucent.platform.jobs;

import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;

/**
 * A task a worker holds a lease on.
 *
 * @param id        the task id
 * @param jobId     its job
 * @param tenantId  the tenant it runs for
 * @param userId    who submitted the job
 * @param role      their role at submission
 * @param kind      the handler kind
 * @param payload   the job's parameters (JSON)
 * @param entityKey the entity this task is for
 * @param attempt   this attempt's number, from 1
 * @param startedJob whether this claim moved its job from queued to running (the job's first claimed task)
 */
public record ClaimedTask(String id, String jobId, String tenantId, String userId, Role role, String kind, String payload,
                          String entityKey, int attempt, boolean startedJob) {

    /** The same task, marked as the one whose claim started its job. */
    ClaimedTask startingJob() {
        return new ClaimedTask(id, jobId, tenantId, userId, role, kind, payload, entityKey, attempt, true);
    }

    /** The tenant context the task runs in. */
    public TenantContext tenant() {
        return new TenantContext(tenantId, userId, role);
    }
}
