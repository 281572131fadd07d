package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.SeriesSet;
import io.lucent.platform.jobs.ProgressBus;
import io.lucent.platform.plugins.ExtensionDescriptor;
import io.lucent.platform.plugins.PluginRegistry;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Forecast jobs over REST: queue one entity or many, follow them, cancel them; methods, previews, automatic parameters. */
@Path("/api/v1/forecast")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasting", description = "Forecast jobs, their progress, methods, previews and automatic parameters")
public final class ForecastResource {

    private final ForecastService forecasts;
    private final EntityForecaster forecaster;
    private final PluginRegistry registry;
    private final ProgressBus progress;
    private final ObjectMapper json;
    private final ForecastLimits limits;
    private final UsageRecorder usage;

    public ForecastResource(ForecastService forecasts, EntityForecaster forecaster, PluginRegistry registry, ProgressBus progress, ObjectMapper json,
                            ForecastLimits limits, UsageRecorder usage) {
        this.forecasts = forecasts;
        this.forecaster = forecaster;
        this.registry = registry;
        this.progress = progress;
        this.json = json;
        this.limits = limits;
        this.usage = usage;
    }

    /** One page of the forecast history. */
    @Schema(name = "ForecastHistory")
    public record History(List<HistoryItem> items, int offset, int limit, int total) {
    }

    /** A run in the history with its current status. */
    public record HistoryItem(ForecastRun run, ForecastStatus status) {
    }

    /** What the automatic model chose for an entity. */
    public record AutoParams(String entityId, String method, String model, List<EntityForecast.FittedParameter> parameters, EntityForecast.Criteria criteria,
                             String fallback, List<String> notes) {
    }

    @POST
    @Path("/run")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Forecast one entity (queued)", description = "Body: datasetId, entities (exactly one), method (default auto), "
            + "horizon, levels, settings, crossValidation {folds, horizon, step}, columns, frequency, timeoutSeconds. Answers 202 with the "
            + "forecast id; an Idempotency-Key header returns the first forecast made with that key (a retry does not count against "
            + "the hourly forecast allowance).",
            responses = {@ApiResponse(responseCode = "202", description = "Queued",
                    content = @Content(schema = @Schema(implementation = ForecastStatus.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid request", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "404", description = "No such dataset, entity or method",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "422", description = "Horizon above the plan's maxHorizon",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Hourly forecast allowance used up, or too many queued jobs (Retry-After)",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.FORECAST)
    public Response run(@Context ContainerRequestContext request, @HeaderParam("Idempotency-Key") String key, ForecastRunRequest body) {
        TenantContext tenant = CurrentTenant.of(request);
        ForecastRunRequest given = require(body);
        limits.requireHorizonWithin(tenant, given.horizon());
        return Response.accepted(forecasts.submit(tenant, given, true, key)).build();
    }

    @POST
    @Path("/batch")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Forecast many or all entities (queued)", description = "As /run; entities omitted or null means all entities. "
            + "Each entity is a task; a failing entity is reported and does not fail the batch.",
            responses = {@ApiResponse(responseCode = "202", description = "Queued",
                    content = @Content(schema = @Schema(implementation = ForecastStatus.class))),
                    @ApiResponse(responseCode = "400", description = "Invalid request", content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "422", description = "More entities than the plan's maxEntitiesPerBatch, or a horizon above maxHorizon",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Hourly forecast allowance used up, or too many queued jobs (Retry-After)",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.FORECAST)
    public Response batch(@Context ContainerRequestContext request, @HeaderParam("Idempotency-Key") String key, ForecastRunRequest body) {
        TenantContext tenant = CurrentTenant.of(request);
        ForecastRunRequest given = require(body);
        limits.requireHorizonWithin(tenant, given.horizon());
        if (given.entities() != null) {
            limits.requireBatchWithin(tenant, given.entities().size());
        }
        return Response.accepted(forecasts.submit(tenant, given, false, key)).build();
    }

    @GET
    @Path("/status/{id}")
    @Operation(summary = "A forecast's state and per-entity counts",
            responses = {@ApiResponse(responseCode = "200", description = "The status"),
                    @ApiResponse(responseCode = "404", description = "No such forecast", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public ForecastStatus status(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return forecasts.status(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/progress/{id}")
    @Produces("text/event-stream")
    @Operation(summary = "A forecast's progress as Server-Sent Events", description = "Events: 'status' (the full status, first, every 15 "
            + "quiet seconds and last) and 'progress' (after each entity: state, percent, counts, entity, outcome, message). The stream "
            + "ends when the forecast ends.")
    public Response progress(@Context ContainerRequestContext request, @PathParam("id") String id) {
        TenantContext tenant = CurrentTenant.of(request);
        forecasts.status(tenant, id);
        return Response.ok(new ProgressStream(id, tenant, progress, () -> forecasts.status(tenant, id), json))
                .header("Cache-Control", "no-cache").header("X-Accel-Buffering", "no").build();
    }

    @POST
    @Path("/{id}/cancel")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Cancel a queued or running forecast", description = "Entities not yet forecast end as cancelled; results already "
            + "stored stay.", responses = {@ApiResponse(responseCode = "200", description = "The status after cancelling"),
            @ApiResponse(responseCode = "409", description = "The forecast already ended", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public ForecastStatus cancel(@Context ContainerRequestContext request, @PathParam("id") String id) {
        return forecasts.cancel(CurrentTenant.of(request), id);
    }

    @GET
    @Path("/methods")
    @Operation(summary = "The forecasting methods of the installed plugins, with their settings as JSON Schema")
    public List<ExtensionDescriptor> methods() {
        return registry.descriptors(ExtensionKind.FORECAST_METHOD);
    }

    @GET
    @Path("/history")
    @Operation(summary = "The tenant's forecasts, newest first", description = "Method, dataset, entities, horizon, state and duration.")
    public History history(@Context ContainerRequestContext request, @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw LucentException.invalid("offset must be at least 0 and limit between 1 and 500");
        }
        TenantContext tenant = CurrentTenant.of(request);
        List<HistoryItem> items = forecasts.history(tenant, offset, limit).stream()
                .map(run -> new HistoryItem(run, forecasts.status(tenant, run.id()))).toList();
        return new History(items, offset, limit, forecasts.countHistory(tenant));
    }

    @POST
    @Path("/preview")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "Forecast one entity now (synchronous, nothing stored)", description = "For short series (at most 5,000 periods) "
            + "and horizons up to 200; the body is as for /run. Uses the hourly forecast allowance.", responses = {
                    @ApiResponse(responseCode = "200", description = "The forecast", content = @Content(schema = @Schema(implementation = EntityForecast.class))),
                    @ApiResponse(responseCode = "422", description = "Horizon above the plan's maxHorizon",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class))),
                    @ApiResponse(responseCode = "429", description = "Hourly forecast allowance used up (Retry-After)",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.FORECAST)
    public EntityForecast preview(@Context ContainerRequestContext request, ForecastRunRequest body) {
        TenantContext tenant = CurrentTenant.of(request);
        ForecastRunRequest given = require(body);
        limits.requireHorizonWithin(tenant, given.horizon());
        long started = System.nanoTime();
        EntityForecast forecast = forecasts.preview(tenant, given);
        usage.record(tenant, UsageRecorder.FORECAST_PREVIEW, 1, (System.nanoTime() - started) / 1_000_000);
        return forecast;
    }

    @POST
    @Path("/auto-params/{method}")
    @Allowed({Role.ADMIN, Role.ANALYST})
    @Operation(summary = "The model and parameters a method chooses for one entity", description = "Body: datasetId, entities (one), "
            + "columns, frequency, settings; horizon defaults to 1. Uses the hourly forecast allowance.", responses = {
                    @ApiResponse(responseCode = "200", description = "The chosen model", content = @Content(schema = @Schema(implementation = AutoParams.class))),
                    @ApiResponse(responseCode = "429", description = "Hourly forecast allowance used up (Retry-After)",
                            content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    @RateLimited(RateLimitedAction.FORECAST)
    public AutoParams autoParams(@Context ContainerRequestContext request, @PathParam("method") String method, ForecastRunRequest body) {
        long started = System.nanoTime();
        ForecastRunRequest given = require(body);
        ForecastRunRequest withMethod = new ForecastRunRequest(given.datasetId(), given.entities(), method,
                given.horizon() == null ? 1 : given.horizon(), given.levels(), given.settings(), null, given.columns(), given.frequency(), null);
        TenantContext tenant = CurrentTenant.of(request);
        SeriesSet series = forecasts.series(tenant, withMethod);
        List<String> entities = series.select(withMethod.entities());
        if (entities.size() != 1) {
            throw LucentException.invalid("auto-params needs exactly one entity in 'entities'");
        }
        ForecastResult result = forecaster.fit(tenant, series.entity(entities.get(0)), withMethod.spec());
        usage.record(tenant, UsageRecorder.FORECAST_PREVIEW, 1, (System.nanoTime() - started) / 1_000_000);
        var summary = result.summary();
        return new AutoParams(entities.get(0), method, summary.model(), EntityForecast.FittedParameter.of(summary.parameters()),
                new EntityForecast.Criteria(EntityForecast.boxed(summary.logLikelihood()), EntityForecast.boxed(summary.aic()),
                        EntityForecast.boxed(summary.aicc()), EntityForecast.boxed(summary.bic()), EntityForecast.boxed(summary.sigma2())),
                summary.fallbackReason(), result.notes());
    }

    private static ForecastRunRequest require(ForecastRunRequest body) {
        if (body == null) {
            throw LucentException.invalid("A JSON body is required");
        }
        return body;
    }
}
