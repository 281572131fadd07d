package io.lucent.platform.jobs;

/**
 * How urgently a job's tasks are claimed: every queued interactive task goes before any batch task, whatever
 * the tenant; tenants are balanced within one priority.
 */
public enum JobPriority {
    /** Scheduled and maintenance work. */
    BACKGROUND(0),
    /** Many entities at once. */
    BATCH(10),
    /** One entity someone is waiting for. */
    INTERACTIVE(20);

    private final int rank;

    JobPriority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
