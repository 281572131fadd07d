package io.lucent.platform.jobs;

import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * What a finished task leaves behind: a short JSON summary kept on the task row, and the writes of its results
 * to the tenant's tables.
 *
 * @param summaryJson a small JSON document shown with the task (e.g. the chosen model)
 * @param persist     writes the results in a transaction scoped to the task's tenant, replacing any earlier
 *                    copy for the same job and entity (a task may run twice when its first worker died)
 */
public record TaskOutcome(String summaryJson, Persist persist) {

    /** Writes a task's results with a handle scoped to the task's tenant. */
    @FunctionalInterface
    public interface Persist {
        void write(Handle tenantHandle);
    }

    public TaskOutcome {
        Objects.requireNonNull(summaryJson, "summaryJson is null");
        Objects.requireNonNull(persist, "persist is null");
    }

    /** An outcome with nothing to write but its summary. */
    public static TaskOutcome summary(String summaryJson) {
        return new TaskOutcome(summaryJson, handle -> { });
    }
}
