package io.lucent.platform.forecasting.diagnostics;

import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.runs.ForecastRunRequest;
import io.lucent.platform.ratelimit.RateLimited;
import io.lucent.platform.ratelimit.RateLimitedAction;
import io.lucent.platform.tenancy.Allowed;
import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.ForecastLimits;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.usage.UsageRecorder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Forecast diagnostics: residuals, parameters, decomposition strength, quality indicators; method comparison. */
@Path("/api/v1/diagnostics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecast diagnostics", description = "How good a forecast is and why, and which method fits an entity best")
public final class DiagnosticsResource {

    private final DiagnosticsService diagnostics;
    private final ForecastLimits limits;
    private final UsageRecorder usage;

    public DiagnosticsResource(DiagnosticsService diagnostics, ForecastLimits limits, UsageRecorder usage) {
        this.diagnostics = diagnostics;
        this.limits = limits;
        this.usage = usage;
    }

    /** A comparison request: the usual forecast body plus the methods to compare. */
    public record CompareRequest(ForecastRunRequest forecast, List<String> methods) {
    }

    @GET
    @Path("/{forecastId}")
    @Operation(summary = "All diagnostics of one entity of a forecast", description = "Residuals (histogram, QQ points, ACF and PACF with 95% "
            + "bounds, Ljung-Box), parameters with standard errors and significance, trend and seasonality strength, the cross-validation, "
            + "and four 0-100 quality indicators with reasons. ?entity= is required when the forecast has several entities.",
            responses = {@ApiResponse(responseCode = "200", description = "The diagnostics"),
                    @ApiResponse(responseCode = "404", description = "No such forecast or entity",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public ForecastDiagnostics all(@Context ContainerRequestContext request, @PathParam("forecastId") String id, @QueryParam("entity") String entity) {
        return diagnostics.diagnose(CurrentTenant.of(request), id, entity);
    }

    @GET
    @Path("/{forecastId}/residuals")
    @Operation(summary = "Residual analysis of one entity")
    public ResidualAnalysis residuals(@Context ContainerRequestContext request, @PathParam("forecastId") String id,
                                      @QueryParam("entity") String entity) {
        return diagnostics.diagnose(CurrentTenant.of(request), id, entity).residuals();
    }

    @GET
    @Path("/{forecastId}/parameters")
    @Operation(summary = "Model parameters of one entity with standard errors, z and p-values")
    public List<ForecastDiagnostics.Parameter> parameters(@Context ContainerRequestContext request, @PathParam("forecastId") String id,
                                                          @QueryParam("entity") String entity) {
        return diagnostics.diagnose(CurrentTenant.of(request), id, entity).parameters();
    }

    @GET
    @Path("/{forecastId}/decomposition")
    @Operation(summary = "Trend and seasonality strength of one entity")
    public Decomposition decomposition(@Context ContainerRequestContext request, @PathParam("forecastId") String id,
                                       @QueryParam("entity") String entity) {
        return diagnostics.diagnose(CurrentTenant.of(request), id, entity).decomposition();
    }

    @GET
    @Path("/{forecastId}/quality")
    @Operation(summary = "The four quality indicators of one entity (accuracy, residual whiteness, interval calibration, data sufficiency)")
    public List<QualityIndicator> quality(@Context ContainerRequestContext request, @PathParam("forecastId") String id,
                                          @QueryParam("entity") String entity) {
        return diagnostics.diagnose(CurrentTenant.of(request), id, entity).quality();
    }

    @POST
    @Path("/compare")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Compare methods on one entity by cross-validation (synchronous)", description = "Body: {\"forecast\": {datasetId, "
            + "entities: [one], horizon, crossValidation, columns, frequency}, \"methods\": [...]} (methods default to the installed ones of "
            + "naive, snaive, drift, ets, arima, theta, auto). Ranked by cross-validated MASE, then sMAPE; failures listed last. Uses the "
            + "hourly forecast allowance.", responses = {
                    @ApiResponse(responseCode = "200", description = "The ranking"),
                    @ApiResponse(responseCode = "422", description = "Horizon above the plan's maxHorizon",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Hourly forecast allowance used up (Retry-After)",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.FORECAST)
    public DiagnosticsService.Comparison compare(@Context ContainerRequestContext request, CompareRequest body) {
        if (body == null || body.forecast() == null) {
            throw LucentException.invalid("A body with 'forecast' (dataset, entity, horizon) is required");
        }
        TenantContext tenant = CurrentTenant.of(request);
        limits.requireHorizonWithin(tenant, body.forecast().horizon());
        long started = System.nanoTime();
        DiagnosticsService.Comparison comparison = diagnostics.compare(tenant, body.forecast(), body.methods());
        usage.record(tenant, UsageRecorder.FORECAST_PREVIEW, 1, (System.nanoTime() - started) / 1_000_000);
        return comparison;
    }
}
