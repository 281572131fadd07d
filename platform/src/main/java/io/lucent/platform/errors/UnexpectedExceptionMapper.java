package io.lucent.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** The last resort: logs the bug and answers 500 with the request id, never with a stack trace. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        LOG.error("Unexpected error", exception);
        String requestId = MDC.get("requestId");
        return ErrorResponses.of(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side; the error has been logged",
                requestId == null ? Map.of() : Map.of("requestId", requestId));
    }
}
