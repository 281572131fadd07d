package io.lucent.platform.tenancy;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which roles may call a route: the route's {@link Allowed} annotation when it has one, otherwise the
 * issue's role matrix by area (the first path segment after {@code /api/v1/}) and HTTP method:
 * <ul>
 *   <li>datasets: everyone reads, admins and analysts create and update, only admins delete;</li>
 *   <li>preprocessing, recipes, forecasts, jobs, schedules: everyone reads, admins and analysts do the rest;</li>
 *   <li>connectors: admins and analysts only (also for reading; connector definitions hold credentials);</li>
 *   <li>tenant and plugins: everyone reads, admins change;</li>
 *   <li>users, api-keys, audit: admins only;</li>
 *   <li>everything else (results, diagnostics, analytics, insights, reports, ...): everyone reads, admins and
 *       analysts change.</li>
 * </ul>
 */
public final class AccessPolicy {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.ANALYST);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    private static final List<String> ADMIN_AREAS = List.of("users", "api-keys", "audit");
    private static final List<String> ADMIN_WRITE_AREAS = List.of("tenant", "plugins");
    private static final List<String> EDITOR_AREAS = List.of("connectors");

    /** The roles allowed to call {@code method} (a resource method) as {@code httpMethod} on {@code path}. */
    public Set<Role> allowedRoles(Method method, Class<?> resourceClass, String httpMethod, String path) {
        Allowed allowed = method.getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = resourceClass.getAnnotation(Allowed.class);
        }
        if (allowed != null) {
            return allowed.value().length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(allowed.value()));
        }
        return byArea(httpMethod, path);
    }

    /** The matrix's answer for a route without {@link Allowed}. */
    public Set<Role> byArea(String httpMethod, String path) {
        String area = area(path);
        boolean reads = httpMethod.equalsIgnoreCase("GET") || httpMethod.equalsIgnoreCase("HEAD") || httpMethod.equalsIgnoreCase("OPTIONS");
        if (ADMIN_AREAS.contains(area)) {
            return ADMINS;
        }
        if (EDITOR_AREAS.contains(area)) {
            return EDITORS;
        }
        if (reads) {
            return EVERYONE;
        }
        if (ADMIN_WRITE_AREAS.contains(area)) {
            return ADMINS;
        }
        if (area.equals("datasets") && httpMethod.equalsIgnoreCase("DELETE")) {
            return ADMINS;
        }
        return EDITORS;
    }

    static String area(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String[] segments = trimmed.split("/");
        if (segments.length >= 3 && segments[0].equals("api") && segments[1].equals("v1")) {
            return segments[2].toLowerCase(Locale.ROOT);
        }
        return "";
    }
}
