package io.lucent.platform.audit;

import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.TenantContext;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits every change made through the API, whichever feature's resource handled it: each POST, PUT, PATCH or
 * DELETE by a signed-in caller that succeeded or was refused for lack of rights (403) becomes an entry with the
 * route as the action (e.g. {@code DELETE /api/v1/datasets/{id}}), its area as the resource type, the last path
 * parameter as the resource id, and the caller's address and user agent. Resources that write their own entries
 * are marked {@link RecordsOwnAudit} (their refusals are still recorded here). GET routes marked {@link AuditedRead}
 * (exports and downloads) are recorded the same way.
 */
@Priority(Priorities.USER)
public final class AuditTrailFilter implements ContainerResponseFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailFilter.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditLog audit;

    @Context
    private ResourceInfo resourceInfo;

    @Context
    private HttpServletRequest servletRequest;

    public AuditTrailFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null
                || !(CHANGES.contains(request.getMethod()) || resourceInfo.getResourceMethod().isAnnotationPresent(AuditedRead.class))
                || !(status < 400 || status == 403)
                || status != 403 && selfAudited(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())) {
            return;
        }
        TenantContext tenant;
        try {
            tenant = CurrentTenant.of(request);
        } catch (RuntimeException e) {
            return; // not signed in: nothing to attribute
        }
        ExtendedUriInfo uri = (ExtendedUriInfo) request.getUriInfo();
        String template = uri.getMatchedTemplates().stream().map(org.glassfish.jersey.uri.UriTemplate::getTemplate).reduce((inner, outer) -> join(outer, inner)).orElse("");
        MultivaluedMap<String, String> parameters = uri.getPathParameters();
        List<String> names = parameters.keySet().stream().toList();
        String resourceId = names.isEmpty() ? null : parameters.getFirst(names.get(names.size() - 1));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", status);
        try {
            audit.write(tenant.tenantId(), tenant.userId(), RequestOrigin.of(servletRequest), request.getMethod() + " " + template,
                    area(template), resourceId, status == 403 ? "denied" : "success", details);
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit entry for {} {}", request.getMethod(), template, e);
        }
    }

    private static boolean selfAudited(Method method, Class<?> type) {
        return method.isAnnotationPresent(RecordsOwnAudit.class) || type.isAnnotationPresent(RecordsOwnAudit.class);
    }

    private static String join(String outer, String inner) {
        String a = outer.endsWith("/") ? outer.substring(0, outer.length() - 1) : outer;
        return a + (inner.startsWith("/") ? inner : "/" + inner);
    }

    private static String area(String template) {
        String[] segments = template.replaceFirst("^/", "").split("/");
        return segments.length >= 3 && segments[0].equals("api") ? segments[2] : "api";
    }
}
