package io.lucent.platform.jobs;

/** A task failure that may go away on its own (a busy service, a lost connection): the task is retried with backoff. */
public class TransientTaskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TransientTaskException(String message, Throwable cause) {
        super(message, cause);
    }

    public TransientTaskException(String message) {
        super(message);
    }
}
