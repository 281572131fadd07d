package io.lucent.platform.tenancy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Establishes the tenant context of every request before any resource runs: authenticates it, stores the
 * context as a request property (see {@link CurrentTenant}) and puts the tenant id into the log context.
 * Resources not marked {@link Public} refuse unauthenticated requests with 401.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TenantContextFilter implements ContainerRequestFilter {

    private final RequestAuthenticator authenticator;

    @Context
    private ResourceInfo resourceInfo;

    public TenantContextFilter(RequestAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Credentials credentials = new Credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(Credentials.API_KEY_HEADER));
        Optional<TenantContext> tenant;
        if (isPublic()) {
            // Public routes (sign-in, the API description) answer anyone; stale credentials do not stop them.
            try {
                tenant = authenticator.authenticate(credentials);
            } catch (LucentException e) {
                tenant = Optional.empty();
            }
        } else {
            tenant = authenticator.authenticate(credentials);
            if (tenant.isEmpty()) {
                throw new LucentException(ErrorCode.UNAUTHENTICATED, "Sign in first: this endpoint needs an access token");
            }
        }
        tenant.ifPresent(context -> {
            request.setProperty(CurrentTenant.PROPERTY, context);
            MDC.put("tenantId", context.tenantId());
            MDC.put("userId", context.userId());
        });
    }

    private boolean isPublic() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        Method method = resourceInfo.getResourceMethod();
        return method.isAnnotationPresent(Public.class) || resourceInfo.getResourceClass().isAnnotationPresent(Public.class);
    }
}
