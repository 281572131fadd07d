package io.lucent.plugin.testkit;

import java.util.Objects;

/**
 * One progress report a plugin made through {@link io.lucent.plugin.api.ProgressReporter}.
 *
 * @param fraction the reported fraction, as given (not clamped)
 * @param message  the reported message
 */
public record ProgressEvent(double fraction, String message) {

    /**
     * Validates the event.
     *
     * @param fraction the {@code fraction} component
     * @param message the {@code message} component
     */
    public ProgressEvent {
        Objects.requireNonNull(message, "message is null");
    }
}
