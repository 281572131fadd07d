package io.lucent.platform.jobs;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/** The listeners of this process, per job; delivers an event to those of its job. Thread-safe. */
final class LocalProgressListeners {

    private static final System.Logger LOG = System.getLogger(LocalProgressListeners.class.getName());

    private final Map<String, Set<Consumer<ProgressEvent>>> byJob = new ConcurrentHashMap<>();

    ProgressBus.Subscription add(String jobId, Consumer<ProgressEvent> listener) {
        // Added inside the map's compute: a set emptied and dropped by a leaving listener at the same moment must
        // not take the new listener with it.
        byJob.compute(jobId, (id, listeners) -> {
            Set<Consumer<ProgressEvent>> kept = listeners == null ? new CopyOnWriteArraySet<>() : listeners;
            kept.add(listener);
            return kept;
        });
        return () -> byJob.computeIfPresent(jobId, (id, listeners) -> {
            listeners.remove(listener);
            return listeners.isEmpty() ? null : listeners;
        });
    }

    void deliver(ProgressEvent event) {
        for (Consumer<ProgressEvent> listener : byJob.getOrDefault(event.jobId(), Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "A progress listener failed", e);
            }
        }
    }
}
