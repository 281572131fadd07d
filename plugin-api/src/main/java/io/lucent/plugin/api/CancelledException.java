package io.lucent.plugin.api;

/**
 * Thrown by {@link PluginContext#throwIfCancelled()} when the user or the host cancelled the call, for
 * example because a job was cancelled or ran past its timeout. Plugins let it propagate.
 */
public final class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message why the call was cancelled
     */
    public CancelledException(String message) {
        super(message);
    }
}
