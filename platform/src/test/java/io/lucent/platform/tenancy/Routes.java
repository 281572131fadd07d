package io.lucent.platform.tenancy;

import io.dropwizard.core.setup.Environment;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/** Every route of a running server, read from its Jersey resource model (whatever resources are registered now). */
record Routes(List<Route> all) {

    /** One HTTP method on one path template, with the Java method that answers it. */
    record Route(String httpMethod, String template, Method method, Class<?> resourceClass, jakarta.ws.rs.core.MediaType consumes) {

        private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

        boolean isPublic() {
            return method.isAnnotationPresent(Public.class) || resourceClass.isAnnotationPresent(Public.class);
        }

        List<String> parameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PARAMETER.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The path with each parameter replaced by {@code value}. */
        String path(java.util.function.Function<String, String> value) {
            Matcher matcher = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(value.apply(matcher.group(1))));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        /** A body of the type the route consumes: {@code {}} for JSON, empty otherwise (enough to reach the route). */
        jakarta.ws.rs.client.Entity<?> emptyBody() {
            return consumes.isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                    ? jakarta.ws.rs.client.Entity.json(java.util.Map.of()) : jakarta.ws.rs.client.Entity.entity("", consumes);
        }

        boolean sendsBody() {
            return httpMethod.equals("POST") || httpMethod.equals("PUT") || httpMethod.equals("PATCH");
        }

        @Override
        public String toString() {
            return httpMethod + " " + template;
        }
    }

    static Routes of(Environment environment) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (Object instance : environment.jersey().getResourceConfig().getInstances()) {
            classes.add(instance.getClass());
        }
        classes.addAll(environment.jersey().getResourceConfig().getClasses());
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                collect(Resource.from(type), "", type, routes);
            }
        }
        routes.sort(Comparator.comparing(Route::template).thenComparing(Route::httpMethod));
        return new Routes(List.copyOf(routes));
    }

    private static void collect(Resource resource, String prefix, Class<?> type, List<Route> routes) {
        String path = join(prefix, resource.getPath());
        for (ResourceMethod method : resource.getResourceMethods()) {
            if (!method.getHttpMethod().equals("HEAD") && !method.getHttpMethod().equals("OPTIONS")) {
                List<jakarta.ws.rs.core.MediaType> consumed = method.getConsumedTypes();
                jakarta.ws.rs.core.MediaType consumes = consumed.isEmpty() || consumed.contains(jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)
                        ? jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE : consumed.get(0);
                routes.add(new Route(method.getHttpMethod(), path, method.getInvocable().getDefinitionMethod(), type, consumes));
            }
        }
        for (Resource child : resource.getChildResources()) {
            collect(child, path, type, routes);
        }
    }

    private static String join(String prefix, String path) {
        String a = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String b = path == null ? "" : path.startsWith("/") ? path : "/" + path;
        return (a + b).isEmpty() ? "/" : a + b;
    }

    List<Route> guarded() {
        return all.stream().filter(route -> !route.isPublic()).toList();
    }
}
