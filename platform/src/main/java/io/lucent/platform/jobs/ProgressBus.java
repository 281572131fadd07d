package io.lucent.platform.jobs;

import java.util.function.Consumer;

/**
 * Carries job progress from whichever node runs a task to whichever node streams it to the client. Events may
 * be lost (the job table stays the source of truth): subscribers read the current status first.
 * In memory in local mode, Redis pub/sub in SaaS mode.
 */
public interface ProgressBus {

    /** Publishes an event to every subscriber of its job, on every node. */
    void publish(ProgressEvent event);

    /** Subscribes to one job's events until the returned subscription is closed. */
    Subscription subscribe(String jobId, Consumer<ProgressEvent> listener);

    /** An open subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
