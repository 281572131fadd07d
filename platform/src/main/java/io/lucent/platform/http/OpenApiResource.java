package io.lucent.platform.http;

import io.lucent.platform.tenancy.Public;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import com.google.common.base.Suppliers;

/**
 * Serves the OpenAPI description of the whole REST API at {@code /api/openapi.json}, generated once from the
 * registered resource classes (no classpath scanning). The browsable page is {@code /api/docs/}.
 */
@Path("/api")
@Public
@Hidden
public final class OpenApiResource {

    private final Supplier<String> document;

    private OpenApiResource(Supplier<String> document) {
        this.document = document;
    }

    /** Serves the description of {@code resourceClasses}, generated on the first request (not at start-up). */
    public static OpenApiResource of(Set<Class<?>> resourceClasses, String version) {
        Set<Class<?>> classes = Set.copyOf(resourceClasses);
        return new OpenApiResource(Suppliers.memoize(() -> describe(classes, version)));
    }

    /** Generates the OpenAPI document of the given resource classes. */
    public static String describe(Set<Class<?>> resourceClasses, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("Lucent API").version(version)
                        .description("Datasets, forecasting, analytics and insights. Errors are JSON objects "
                                + "{\"code\", \"message\", \"details\"}. In SaaS mode send 'Authorization: Bearer <token>'.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).prettyPrint(true));
        OpenAPI openApi = reader.read(new LinkedHashSet<>(resourceClasses));
        markPublicOperations(openApi, resourceClasses);
        return Json.pretty(openApi);
    }

    /** Operations of {@link Public} routes need no token: they get an empty security requirement instead of the global one. */
    private static void markPublicOperations(OpenAPI openApi, Set<Class<?>> resourceClasses) {
        if (openApi.getPaths() == null) {
            return;
        }
        for (Class<?> type : resourceClasses) {
            if (type.isAnnotationPresent(Path.class)) {
                markPublic(openApi, org.glassfish.jersey.server.model.Resource.from(type), "", type.isAnnotationPresent(Public.class));
            }
        }
    }

    private static void markPublic(OpenAPI openApi, org.glassfish.jersey.server.model.Resource resource, String prefix, boolean publicClass) {
        String path = (prefix + "/" + resource.getPath()).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        for (org.glassfish.jersey.server.model.ResourceMethod method : resource.getResourceMethods()) {
            boolean isPublic = publicClass || method.getInvocable().getDefinitionMethod().isAnnotationPresent(Public.class);
            io.swagger.v3.oas.models.PathItem item = openApi.getPaths().get(path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
            if (isPublic && item != null) {
                io.swagger.v3.oas.models.Operation operation = item.readOperationsMap()
                        .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method.getHttpMethod()));
                if (operation != null) {
                    operation.setSecurity(java.util.List.of());
                }
            }
        }
        for (org.glassfish.jersey.server.model.Resource child : resource.getChildResources()) {
            markPublic(openApi, child, path, publicClass);
        }
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String openApi() {
        return document.get();
    }
}
