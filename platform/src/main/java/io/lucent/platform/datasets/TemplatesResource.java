package io.lucent.platform.datasets;

import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.CurrentTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Downloadable file templates showing the layout Lucent understands without any mapping. */
@Path("/api/v1/templates")
@Tag(name = "Datasets")
public final class TemplatesResource {

    private static final Map<String, String> TEMPLATES = Map.of(
            "timeseries", "Date,Entity_ID,Entity_Name,Volume\r\n"
                    + "2024-01-01,SKU-1001,Wool Scarf,12\r\n"
                    + "2024-01-01,SKU-1002,Rain Jacket,4\r\n"
                    + "2024-01-02,SKU-1001,Wool Scarf,9\r\n"
                    + "2024-01-02,SKU-1002,Rain Jacket,6\r\n");

    @GET
    @Path("/download")
    @Produces("text/csv")
    @Operation(summary = "Download a CSV template",
            description = "kind=timeseries: Date (ISO yyyy-MM-dd), Entity_ID, Entity_Name, Volume: one row per entity and date.")
    public Response download(@Context ContainerRequestContext request,
                             @Parameter(schema = @Schema(allowableValues = {"timeseries"})) @QueryParam("kind") String kind) {
        CurrentTenant.of(request);
        String template = kind == null ? null : TEMPLATES.get(kind);
        if (template == null) {
            throw LucentException.invalid((kind == null ? "Give the template kind as ?kind=" : "Unknown template kind '" + kind + "'")
                    + "; known kinds: " + TEMPLATES.keySet());
        }
        return Response.ok(template).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"lucent-" + kind + "-template.csv\"").build();
    }
}
