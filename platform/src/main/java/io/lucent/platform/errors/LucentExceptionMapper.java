package io.lucent.platform.errors;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers a {@link LucentException} with its code's status and the standard error body. */
public final class LucentExceptionMapper implements ExceptionMapper<LucentException> {
    private static final Logger LOG = LoggerFactory.getLogger(LucentExceptionMapper.class);

    @Override
    public Response toResponse(LucentException exception) {
        if (exception.code().httpStatus() >= 500) {
            LOG.error("{}: {}", exception.code().wireName(), exception.getMessage(), exception);
        } else {
            LOG.debug("{}: {}", exception.code().wireName(), exception.getMessage());
        }
        return ErrorResponses.of(exception.code(), exception.getMessage(), exception.details());
    }
}
