package io.lucent.platform.errors;

import java.util.Map;

/**
 * The JSON body of every error answer: {@code {"code", "message", "details"}}.
 *
 * @param code    a stable, lower-case error code
 * @param message what went wrong, for people
 * @param details structured facts (offending fields, limits, ids); never secrets or stack traces
 */
public record ErrorBody(String code, String message, Map<String, Object> details) {

    public ErrorBody {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
