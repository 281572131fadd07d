package io.lucent.platform.errors;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;

/** Answers Jersey's own exceptions (unknown path, wrong method, bad media type) with the standard error body. */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ParamException parameter && !(exception instanceof ParamException.PathParamException)) {
            return badParameter(parameter);
        }
        int status = exception.getResponse().getStatus();
        ErrorCode code = ErrorCode.forHttpStatus(status);
        String message = status == 404 ? "No such resource" : exception.getMessage();
        return Response.fromResponse(ErrorResponses.of(code, message, Map.of())).status(status).build();
    }

    /**
     * A query, header, form, cookie or matrix parameter that does not convert to its declared type (such as
     * {@code limit=abc}). JAX-RS answers some of these with 404, which reads as "no such resource"; the request
     * is wrong, not the address, so this is a 400 naming the parameter. A path parameter that does not convert
     * still means no such resource.
     */
    private static Response badParameter(ParamException exception) {
        String name = exception.getParameterName();
        String kind = exception.getParameterType().getSimpleName().replace("Param", "").toLowerCase(java.util.Locale.ROOT);
        String message = "The " + kind + " parameter '" + name + "' has a value of the wrong type"
                + (exception.getDefaultStringValue() == null ? "" : " (default " + exception.getDefaultStringValue() + ")");
        return ErrorResponses.of(ErrorCode.INVALID_REQUEST, message, Map.of("parameter", name));
    }
}
