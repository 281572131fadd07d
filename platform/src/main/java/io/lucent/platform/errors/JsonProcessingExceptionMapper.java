package io.lucent.platform.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.stream.Collectors;

/** Answers malformed JSON request bodies with a 400 that says where the problem is. */
public final class JsonProcessingExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        String field = exception instanceof JsonMappingException mapping
                ? mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining("."))
                : "";
        String message = exception.getOriginalMessage();
        return ErrorResponses.of(ErrorCode.INVALID_REQUEST, "The request body is not valid JSON for this endpoint: " + message,
                field.isEmpty() ? Map.of() : Map.of("field", field));
    }
}
