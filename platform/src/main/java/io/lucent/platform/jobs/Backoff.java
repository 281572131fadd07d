package io.lucent.platform.jobs;

/** Retry delays: the first is {@code baseMillis}, each further one doubles, never more than five minutes. */
record Backoff(long baseMillis) {

    static final long MAX_MILLIS = 300_000L;

    /** The delay before the attempt after {@code attempt} (1-based). */
    long delayAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 20);
        return Math.min(MAX_MILLIS, baseMillis << doublings);
    }
}
