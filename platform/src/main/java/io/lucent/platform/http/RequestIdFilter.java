package io.lucent.platform.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id (the client's {@code X-Request-Id} when well-formed, else a new one), puts it in
 * the log context for every line logged while handling the request, and echoes it in the response.
 */
@PreMatching
@Priority(100)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    @Override
    public void filter(ContainerRequestContext request) {
        MDC.clear();
        String given = request.getHeaderString(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(HEADER, id);
        MDC.put("requestId", id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(HEADER);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        MDC.clear();
    }
}
