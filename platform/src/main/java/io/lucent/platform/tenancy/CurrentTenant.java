package io.lucent.platform.tenancy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Reads the tenant context {@link TenantContextFilter} stored on a request. */
public final class CurrentTenant {

    static final String PROPERTY = "lucent.tenantContext";

    private CurrentTenant() {
    }

    /** The request's tenant context; fails closed with 401 if there is none. */
    public static TenantContext of(ContainerRequestContext request) {
        Object value = request.getProperty(PROPERTY);
        if (value instanceof TenantContext tenant) {
            return tenant;
        }
        throw new LucentException(ErrorCode.UNAUTHENTICATED, "Sign in first: this endpoint needs an access token");
    }

    /** Fails with 403 unless the request's role is one of the given ones. */
    public static TenantContext requireRole(ContainerRequestContext request, Role... allowed) {
        TenantContext tenant = of(request);
        for (Role role : allowed) {
            if (tenant.role() == role) {
                return tenant;
            }
        }
        throw new LucentException(ErrorCode.FORBIDDEN, "Your role (" + tenant.role().name().toLowerCase(java.util.Locale.ROOT)
                + ") may not do this");
    }
}
