package io.lucent.platform.jobs;

import java.util.Locale;

/** Where a job is in its life. The wire name is the lower-case constant name. */
public enum JobState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED,
    CANCELLED,
    TIMED_OUT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean terminal() {
        return this != QUEUED && this != RUNNING;
    }

    static JobState fromWire(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
