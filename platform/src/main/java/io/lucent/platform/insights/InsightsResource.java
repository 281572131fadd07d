package io.lucent.platform.insights;

import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Insights from rule packs: generate them for a dataset's current version, list and read them. */
@Path("/api/v1/insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights", description = "Findings of the insight rule packs (growth, risk, efficiency) with confidence and supporting numbers")
@ApiResponse(responseCode = "404", description = "No such dataset, pack or insight", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
@ApiResponse(responseCode = "400", description = "Malformed parameters", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
public final class InsightsResource {

    private final InsightService service;

    public InsightsResource(InsightService service) {
        this.service = service;
    }

    @POST
    @Path("/{datasetId}/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate insights", description = "Runs the chosen rule packs (all available ones when none are named) on the metrics of "
            + "the dataset's current version and stores the insights. The same request on unchanged data returns the stored set (reused: true). "
            + "Admins and analysts.", responses = {
                @ApiResponse(responseCode = "200", description = "The insight set"),
                @ApiResponse(responseCode = "422", description = "No metrics can be computed from the dataset, or no pack is available",
                        content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public InsightService.GenerateResult generate(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                                  InsightService.GenerateRequest body) {
        return service.generate(CurrentTenant.requireRole(request, Role.ADMIN, Role.ANALYST), datasetId, body);
    }

    @GET
    @Path("/{datasetId}")
    @Operation(summary = "A dataset's insights", description = "The newest insights generated from the dataset's current version; "
            + "generated is false (and the list empty) until they are generated.")
    public InsightService.InsightList list(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                           @Parameter(description = "growth, risk, efficiency or other") @QueryParam("category") String category,
                                           @Parameter(description = "high, medium or low") @QueryParam("confidence") String confidence,
                                           @Parameter(description = "Only this rule pack") @QueryParam("pack") String pack,
                                           @QueryParam("offset") @DefaultValue("0") int offset,
                                           @QueryParam("limit") @DefaultValue("100") int limit) {
        return service.list(CurrentTenant.of(request), datasetId, category, confidence, pack, offset, limit);
    }

    @GET
    @Path("/item/{id}")
    @Operation(summary = "One insight")
    public StoredInsight item(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return service.insight(CurrentTenant.of(request), id);
    }
}
