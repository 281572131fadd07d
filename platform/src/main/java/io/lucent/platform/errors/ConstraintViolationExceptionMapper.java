package io.lucent.platform.errors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.TreeMap;

/** Answers failed bean validation of request parameters or bodies with a 400 listing each field. */
public final class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, Object> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String path = violation.getPropertyPath().toString();
            int dot = path.lastIndexOf('.');
            fields.put(dot >= 0 ? path.substring(dot + 1) : path, violation.getMessage());
        }
        return ErrorResponses.of(ErrorCode.INVALID_REQUEST, "The request is invalid", Map.of("fields", fields));
    }
}
