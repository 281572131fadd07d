package io.lucent.platform.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Builds error answers: the one place that maps an {@link ErrorCode} to an HTTP response. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static Response of(ErrorCode code, String message, Map<String, ?> details) {
        Response.ResponseBuilder builder = Response.status(code.httpStatus())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.wireName(), message, Map.copyOf(details)));
        Object retryAfter = details.get("retryAfterSeconds");
        if (retryAfter != null) {
            builder.header("Retry-After", retryAfter.toString());
        }
        return builder.build();
    }
}
