package io.lucent.platform.errors;

/**
 * Every error Lucent reports, with the HTTP status it maps to. The code string is part of the REST contract:
 * clients switch on it, so never rename one.
 */
public enum ErrorCode {
    INVALID_REQUEST(400),
    INVALID_SETTINGS(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    PLUGIN_UNSUPPORTED(400),
    PLUGIN_INVALID_INPUT(422),
    PLUGIN_UNAVAILABLE(503),
    PLUGIN_ERROR(502),
    EXTERNAL_FAILURE(502),
    EXTERNAL_TIMEOUT(504),
    EXTERNAL_AUTHENTICATION_FAILED(502),
    EXTERNAL_LIMIT_EXCEEDED(503),
    CANCELLED(409);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /**
     * The general code for an HTTP status that something outside our resources chose (Jersey, Jetty): the status's
     * own code where there is one, {@link #INTERNAL_ERROR} for 5xx, {@link #INVALID_REQUEST} for any other.
     */
    public static ErrorCode forHttpStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> RATE_LIMITED;
            default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
        };
    }

    /** The code as it appears in error bodies, lower case. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
