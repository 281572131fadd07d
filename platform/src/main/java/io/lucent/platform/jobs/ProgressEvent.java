package io.lucent.platform.jobs;

import java.util.Objects;

/**
 * A change in a job's progress, published after each finished task and each state change.
 *
 * @param jobId    the job
 * @param tenantId its tenant (subscribers check it: a tenant never sees another's events)
 * @param state    the job's state after the change
 * @param counts   its tasks per state
 * @param entity   the entity whose task just finished, or null for a state change
 * @param outcome  that task's state (done, failed, cancelled), or null
 * @param message  a remark, e.g. the entity's error, or null
 * @param at       epoch milliseconds
 */
public record ProgressEvent(String jobId, String tenantId, String state, TaskCounts counts, String entity, String outcome,
                            String message, long at) {

    public ProgressEvent {
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(tenantId, "tenantId is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(counts, "counts is null");
    }

    /** True when the job will send no further events. */
    public boolean last() {
        return JobState.fromWire(state).terminal();
    }
}
