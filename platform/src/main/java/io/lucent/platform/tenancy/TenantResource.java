package io.lucent.platform.tenancy;

import io.lucent.platform.audit.RecordsOwnAudit;
import io.lucent.platform.audit.AuditLog;
import io.lucent.platform.audit.RequestOrigin;
import io.lucent.platform.errors.ErrorBody;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.usage.CurrentUsage;
import io.lucent.platform.usage.UsageRecorder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The caller's tenant: its profile and settings, its limits with current usage, and its usage records. */
@RecordsOwnAudit
@Path("/api/v1/tenant")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant", description = "Your organization: settings, limits and usage")
public final class TenantResource {

    /** Settings a tenant's admins may change. */
    public static final Set<String> SETTINGS = Set.of("loginCodeRequired");

    /** The tenant as shown to its users. */
    public record TenantView(String id, String name, String plan,
                             @Schema(description = "loginCodeRequired (boolean): sign-ins need a code sent by email") Map<String, Object> settings) {
    }

    /** A change of name and settings. */
    public record TenantUpdate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name, Map<String, Object> settings) {
    }

    /** The limits and what is used of them now (see {@link CurrentUsage#of}). */
    public record LimitsView(TenantLimits.Limits limits,
                             @Schema(description = "users, datasets, runningForecasts; uploadsThisHour, forecastsThisHour, aiCallsThisHour "
                                     + "(yours in the current hourly window) and tenantUploadsThisHour, tenantForecastsThisHour, "
                                     + "tenantAiCallsThisHour (all users')") Map<String, Object> usage) {
    }

    /** Usage totals per action over a period. */
    public record UsageView(Instant from, Instant to, List<UsageRecorder.ActionTotal> actions) {
    }

    private final TenantDirectory tenants;
    private final TenantLimits limits;
    private final UsageRecorder usage;
    private final CurrentUsage current;
    private final AuditLog audit;
    private final Clock clock;

    public TenantResource(TenantDirectory tenants, TenantLimits limits, UsageRecorder usage, CurrentUsage current, AuditLog audit,
                          Clock clock) {
        this.tenants = tenants;
        this.limits = limits;
        this.usage = usage;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Your organization")
    public TenantView get(@Context ContainerRequestContext request) {
        return view(CurrentTenant.of(request).tenantId());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Allowed(Role.ADMIN)
    @Operation(summary = "Change your organization's name and settings (admins)", responses = {
            @ApiResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = TenantView.class))),
            @ApiResponse(responseCode = "400", description = "Missing name or unknown setting", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public TenantView update(@Context HttpServletRequest http, @Context ContainerRequestContext request, TenantUpdate body) {
        TenantContext admin = CurrentTenant.of(request);
        if (body == null || body.name() == null || body.name().isBlank() || body.name().strip().length() > 200) {
            throw new LucentException(io.lucent.platform.errors.ErrorCode.INVALID_REQUEST, "'name' is required (at most 200 characters)",
                    Map.of("field", "name"));
        }
        Map<String, Object> settings = new LinkedHashMap<>(tenants.settings(admin.tenantId()));
        if (body.settings() != null) {
            for (Map.Entry<String, Object> entry : body.settings().entrySet()) {
                if (!SETTINGS.contains(entry.getKey())) {
                    throw new LucentException(io.lucent.platform.errors.ErrorCode.INVALID_REQUEST, "Unknown setting '" + entry.getKey()
                            + "'; known: " + SETTINGS, Map.of("field", "settings." + entry.getKey()));
                }
                if (!(entry.getValue() instanceof Boolean)) {
                    throw new LucentException(io.lucent.platform.errors.ErrorCode.INVALID_REQUEST, "'" + entry.getKey() + "' must be true or false",
                            Map.of("field", "settings." + entry.getKey()));
                }
                settings.put(entry.getKey(), entry.getValue());
            }
        }
        tenants.update(admin.tenantId(), body.name().strip(), settings);
        audit.record(admin, RequestOrigin.of(http), "tenant.update", "tenant", admin.tenantId(),
                Map.of("name", body.name().strip(), "settings", settings));
        return view(admin.tenantId());
    }

    @GET
    @Path("/limits")
    @Operation(summary = "Your organization's limits, with current usage",
            description = "usage: users, datasets and running forecast jobs of the tenant; of each hourly allowance (uploads, forecasts, "
                    + "AI calls) what you and what all users took in the current window, as the rate limiter counts it. Jobs beyond "
                    + "maxConcurrentForecasts wait in the queue.")
    public LimitsView limits(@Context ContainerRequestContext request) {
        TenantContext tenant = CurrentTenant.of(request);
        return new LimitsView(limits.of(tenant), current.of(tenant));
    }

    @GET
    @Path("/usage")
    @Operation(summary = "Usage totals per action", description = "Over [from, to), ISO-8601 UTC; default: the last 30 days.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "Totals", content = @Content(schema = @Schema(implementation = UsageView.class))),
                    @ApiResponse(responseCode = "400", description = "Unreadable time or from after to", content = @Content(schema = @Schema(implementation = ErrorBody.class)))})
    public UsageView usage(@Context ContainerRequestContext request, @QueryParam("from") String from, @QueryParam("to") String to) {
        TenantContext tenant = CurrentTenant.of(request);
        Instant end = instant(to, "to", clock.instant());
        Instant start = instant(from, "from", end.minus(Duration.ofDays(30)));
        if (!start.isBefore(end)) {
            throw LucentException.invalid("'from' must be before 'to'");
        }
        return new UsageView(start, end, usage.summary(tenant, start, end));
    }

    /** Reads an ISO-8601 instant parameter; {@code fallback} when absent, 400 when unreadable. */
    public static Instant instant(String value, String name, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new LucentException(io.lucent.platform.errors.ErrorCode.INVALID_REQUEST, "'" + name + "' is not an ISO-8601 UTC time such as 2026-01-31T00:00:00Z",
                    Map.of("field", name));
        }
    }

    private TenantView view(String tenantId) {
        TenantDirectory.Tenant tenant = tenants.find(tenantId).orElseThrow(() -> LucentException.notFound("Tenant", tenantId));
        return new TenantView(tenant.id(), tenant.name(), tenant.plan(), tenants.settings(tenantId));
    }
}
