package io.lucent.platform.tenancy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * Enforces the role matrix on every authenticated request before the resource method runs: the roles of
 * {@link AccessPolicy} (a route's {@link Allowed}, or its area's default), 403 otherwise. {@link Public} routes
 * are not checked.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AuthorizationFilter implements ContainerRequestFilter {

    private final AccessPolicy policy;

    @Context
    private ResourceInfo resourceInfo;

    public AuthorizationFilter(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return;
        }
        Method method = resourceInfo.getResourceMethod();
        Class<?> resourceClass = resourceInfo.getResourceClass();
        if (method.isAnnotationPresent(Public.class) || resourceClass.isAnnotationPresent(Public.class)) {
            return;
        }
        TenantContext tenant = CurrentTenant.of(request);
        UriInfo uri = request.getUriInfo();
        Set<Role> allowed = policy.allowedRoles(method, resourceClass, request.getMethod(), "/" + uri.getPath());
        if (!allowed.contains(tenant.role())) {
            throw new LucentException(ErrorCode.FORBIDDEN, "Your role (" + tenant.role().wireName() + ") may not do this",
                    Map.of("allowedRoles", allowed.stream().map(Role::wireName).sorted().toList()));
        }
    }
}
