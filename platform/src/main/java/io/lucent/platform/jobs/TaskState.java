package io.lucent.platform.jobs;

import java.util.Locale;

/** Where one task (one entity of a job) is. */
public enum TaskState {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static TaskState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
