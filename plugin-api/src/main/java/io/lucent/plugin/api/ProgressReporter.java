package io.lucent.plugin.api;

/**
 * Receives progress of a long-running plugin call. Calls are cheap; the host throttles what it forwards to
 * users. Implementations provided by the host are thread-safe.
 */
@FunctionalInterface
public interface ProgressReporter {

    /** A reporter that ignores everything, for calls nobody watches. */
    ProgressReporter NONE = (fraction, message) -> { };

    /**
     * Reports how far the call has come.
     *
     * @param fraction the completed fraction, from 0.0 to 1.0; values outside are clamped by the host
     * @param message  a short description of the current step, may be empty
     */
    void report(double fraction, String message);
}
