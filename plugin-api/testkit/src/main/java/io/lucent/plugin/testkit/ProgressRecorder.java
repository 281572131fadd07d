package io.lucent.plugin.testkit;

import io.lucent.plugin.api.ProgressReporter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ProgressReporter} that keeps every report, for assertions. Thread-safe. */
public final class ProgressRecorder implements ProgressReporter {

    private final List<ProgressEvent> events = new CopyOnWriteArrayList<>();

    /** Creates an empty recorder. */
    public ProgressRecorder() {
    }

    /**
     * Records a report.
     *
     * @param fraction the completed fraction
     * @param message  the current step; {@code null} is recorded as empty
     */
    @Override
    public void report(double fraction, String message) {
        events.add(new ProgressEvent(fraction, message == null ? "" : message));
    }

    /**
     * The reports so far, in order.
     *
     * @return an unmodifiable snapshot
     */
    public List<ProgressEvent> events() {
        return List.copyOf(events);
    }
}
