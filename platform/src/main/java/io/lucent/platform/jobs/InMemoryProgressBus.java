package io.lucent.platform.jobs;

import java.util.function.Consumer;

/** Local mode: progress stays in this process. */
public final class InMemoryProgressBus implements ProgressBus {

    private final LocalProgressListeners listeners = new LocalProgressListeners();

    @Override
    public void publish(ProgressEvent event) {
        listeners.deliver(event);
    }

    @Override
    public Subscription subscribe(String jobId, Consumer<ProgressEvent> listener) {
        return listeners.add(jobId, listener);
    }
}
