package io.lucent.platform.jobs;

/** How many of a job's tasks are in each state. */
public record TaskCounts(int total, int queued, int running, int done, int failed, int cancelled) {

    /** Finished tasks (done, failed or cancelled) as a percentage of all, 0 to 100. */
    public double percent() {
        return total == 0 ? 100.0 : Math.round(1000.0 * (done + failed + cancelled) / total) / 10.0;
    }
}
