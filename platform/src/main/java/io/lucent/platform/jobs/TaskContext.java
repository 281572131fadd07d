package io.lucent.platform.jobs;

import io.lucent.platform.tenancy.TenantContext;
import java.util.function.BooleanSupplier;

/**
 * What a {@link TaskHandler} gets for one task.
 *
 * @param task      the claimed task (tenant, payload, entity, attempt)
 * @param cancelled true once the job was cancelled or timed out, or the lease was lost: stop soon
 */
public record TaskContext(ClaimedTask task, BooleanSupplier cancelled) {

    public TenantContext tenant() {
        return task.tenant();
    }

    public String payload() {
        return task.payload();
    }

    public String entityKey() {
        return task.entityKey();
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
