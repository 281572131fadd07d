package io.lucent.platform.errors;

import java.util.Map;
import java.util.Objects;

/**
 * The one exception type of the platform: an {@link ErrorCode}, a message for the user and structured details.
 * {@link LucentExceptionMapper} turns it into an HTTP answer; nothing else decides status codes.
 */
public class LucentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public LucentException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    public LucentException(ErrorCode code, String message, Map<String, ?> details) {
        this(code, message, details, null);
    }

    public LucentException(ErrorCode code, String message, Map<String, ?> details, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code is null");
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public static LucentException notFound(String what, String id) {
        return new LucentException(ErrorCode.NOT_FOUND, what + " '" + id + "' does not exist", Map.of("id", id));
    }

    public static LucentException invalid(String message) {
        return new LucentException(ErrorCode.INVALID_REQUEST, message);
    }
}
