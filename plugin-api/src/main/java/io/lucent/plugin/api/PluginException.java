package io.lucent.plugin.api;

import java.util.Objects;

/**
 * The one exception type plugins throw for expected failures. Its {@link Kind} tells the host how to report
 * it: bad user input becomes a 4xx answer with the message shown to the user, an unreachable external
 * service a 502, and so on. Any other exception escaping a plugin is treated as a plugin bug.
 *
 * <p>Messages are shown to users: write them in plain words, say what was wrong and how to fix it, and never
 * include secrets.
 */
public class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, from the caller's point of view. */
    public enum Kind {
        /** The input (a file, a setting, a query) is invalid; the user can fix it. */
        INVALID_INPUT,
        /** The extension does not support the requested operation or option. */
        UNSUPPORTED,
        /** An external system (database, API, object store) failed or refused the request. */
        EXTERNAL_FAILURE,
        /** An external system did not answer in time. */
        TIMEOUT,
        /** The external system refused the credentials. */
        AUTHENTICATION_FAILED,
        /** A limit was reached, for example an external rate limit. */
        LIMIT_EXCEEDED
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind    what went wrong
     * @param message a message for the user
     */
    public PluginException(Kind kind, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind is null");
    }

    /**
     * Creates the exception with a cause.
     *
     * @param kind    what went wrong
     * @param message a message for the user
     * @param cause   the underlying exception, logged by the host but not shown to users
     */
    public PluginException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind is null");
    }

    /**
     * What went wrong.
     *
     * @return the kind of failure
     */
    public Kind kind() {
        return kind;
    }
}
