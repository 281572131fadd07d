package io.lucent.platform.forecasting.runs;

import io.lucent.platform.audit.AuditedRead;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.http.UserValueParameter;
import io.lucent.platform.tenancy.CurrentTenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A forecast's results: summary, rows, metrics, cross-validation, one entity, downloads. */
@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast results", description = "Stored forecasts, their accuracy and downloads")
public final class ResultsResource {

    private final ForecastResults results;
    private final ForecastExport export;

    public ResultsResource(ForecastResults results, ForecastExport export) {
        this.results = results;
        this.export = export;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A forecast's summary", description = "Status, models chosen, fallbacks, mean metrics and failed entities with reasons.",
            responses = {@ApiResponse(responseCode = "200", description = "The summary"),
                    @ApiResponse(responseCode = "404", description = "No such forecast", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public ForecastResults.Summary get(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return results.summary(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(summary = "A forecast's summary (same as GET /results/{id})")
    public ForecastResults.Summary summary(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return results.summary(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/data")
    @Operation(summary = "Result rows, paginated", description = "One row per entity, date and type (actual, fitted, forecast) with value and "
            + "lo_<level>/hi_<level> bounds for forecasts; ordered by entity, then date.")
    public ForecastResults.DataPage data(@Context ContainerRequestContext request, @PathParam("id") String id,
                                         @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("1000") int limit) {
        return results.data(CurrentTenant.of(request), id, offset, limit);
    }

    @GET
    @Path("/{id}/metrics")
    @Operation(summary = "Accuracy per entity and on average", description = "In-sample fit and, when asked for, cross-validation: MAE, RMSE, "
            + "MAPE (null when an actual is zero, with the reason in notes), sMAPE, MASE and interval coverage.")
    public ForecastResults.Metrics metrics(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return results.metrics(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/cv")
    @Operation(summary = "Cross-validation per entity and fold")
    public List<ForecastResults.EntityEvaluation> crossValidation(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return results.crossValidation(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/{id}/entities/{entity}")
    @Operation(summary = "One entity's result in a forecast", description = "The entity id in the path."
            + UserValueParameter.PATH_FORM_NOTE + " Query form: GET /api/v1/results/{id}/entity?entity=...",
            responses = {@ApiResponse(responseCode = "200", description = "The entity's result"),
                    @ApiResponse(responseCode = "404", description = "No such forecast or entity in it",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityForecast entity(@Context ContainerRequestContext request, @PathParam("id") String id, @PathParam("entity") String entity) {
        return entityResult(request, id, entity);
    }

    @GET
    @Path("/{id}/entity")
    @Operation(summary = "One entity's result in a forecast (entity id as ?entity=)", description = "As GET /api/v1/results/{id}/entities/{entity}."
            + UserValueParameter.QUERY_FORM_NOTE,
            responses = {@ApiResponse(responseCode = "200", description = "The entity's result"),
                    @ApiResponse(responseCode = "400", description = "'entity' missing or blank",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such forecast or entity in it",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityForecast entityByQuery(@Context ContainerRequestContext request, @PathParam("id") String id,
                                        @Parameter(description = UserValueParameter.ENTITY_DOC, required = true) @QueryParam("entity") String entity) {
        return entityResult(request, id, UserValueParameter.required("entity", entity));
    }

    private EntityForecast entityResult(ContainerRequestContext request, String id, String entity) {
        return results.entity(CurrentTenant.of(request), id, entity);
    }

    @GET
    @Path("/entity/{datasetId}/{entity}")
    @Operation(summary = "The newest forecast of an entity of a dataset", description = "The entity id in the path."
            + UserValueParameter.PATH_FORM_NOTE + " Query form: GET /api/v1/results/entity/{datasetId}?entity=...",
            responses = {@ApiResponse(responseCode = "200", description = "The forecast"),
                    @ApiResponse(responseCode = "404", description = "Never forecast", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityForecast latest(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                 @PathParam("entity") String entity) {
        return latestResult(request, datasetId, entity);
    }

    @GET
    @Path("/entity/{datasetId}")
    @Operation(summary = "The newest forecast of an entity of a dataset (entity id as ?entity=)",
            description = "As GET /api/v1/results/entity/{datasetId}/{entity}." + UserValueParameter.QUERY_FORM_NOTE,
            responses = {@ApiResponse(responseCode = "200", description = "The forecast"),
                    @ApiResponse(responseCode = "400", description = "'entity' missing or blank",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "Never forecast", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public EntityForecast latestByQuery(@Context ContainerRequestContext request, @PathParam("datasetId") String datasetId,
                                        @Parameter(description = UserValueParameter.ENTITY_DOC, required = true) @QueryParam("entity") String entity) {
        return latestResult(request, datasetId, UserValueParameter.required("entity", entity));
    }

    private EntityForecast latestResult(ContainerRequestContext request, String datasetId, String entity) {
        return results.latest(CurrentTenant.of(request), datasetId, entity);
    }

    @GET
    @AuditedRead
    @Path("/download/{id}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download a forecast", description = "format=csv (long layout: entity_id, entity_name, date, type, value, lo_*, hi_*) "
            + "or xlsx (one sheet per entity and a metrics sheet), written by the exporter plugin of that format.",
            responses = {@ApiResponse(responseCode = "200", description = "The file"),
                    @ApiResponse(responseCode = "400", description = "No exporter for the format", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public Response download(@Context ContainerRequestContext request, @PathParam("id") String id,
                             @QueryParam("format") @DefaultValue("csv") String format) {
        ForecastExport.File file = export.export(CurrentTenant.of(request), id, format);
        return Response.ok(file.content(), file.mediaType()).header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
