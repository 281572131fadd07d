package io.lucent.platform.tenancy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.config.TenancyConfig.PlanLimitsConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's limits, the one place features read them: its plan's (from config; an unknown plan gets the
 * {@code standard} plan's), overridden by the tenant's own overrides (set by an operator).
 */
public final class TenantLimits {

    /**
     * The limits of one tenant.
     *
     * @param maxUsers                  users in the tenant
     * @param maxFileBytes              size of one uploaded file
     * @param maxRowsPerDataset         rows of one dataset
     * @param maxDatasets               datasets the tenant keeps at once
     * @param maxEntitiesPerBatch       entities (series) in one batch forecast
     * @param maxConcurrentForecasts    jobs (forecasts) running at once; more wait in the queue (enforced by the job system)
     * @param maxHorizon                forecast horizon in periods
     * @param forecastsPerUserPerHour   forecast requests per user per hour
     * @param uploadsPerUserPerHour     uploads per user per hour
     * @param aiCallsPerUserPerHour     AI provider calls per user per hour
     * @param forecastsPerTenantPerHour forecast requests of all the tenant's users per hour
     * @param uploadsPerTenantPerHour   uploads of all the tenant's users per hour
     * @param aiCallsPerTenantPerHour   AI provider calls of all the tenant's users per hour
     */
    public record Limits(int maxUsers, long maxFileBytes, long maxRowsPerDataset, int maxDatasets, int maxEntitiesPerBatch,
                         int maxConcurrentForecasts, int maxHorizon, int forecastsPerUserPerHour, int uploadsPerUserPerHour,
                         int aiCallsPerUserPerHour, int forecastsPerTenantPerHour, int uploadsPerTenantPerHour, int aiCallsPerTenantPerHour) {
    }

    /** The names of the limits, as in {@link Limits}, plan config and overrides. */
    public static final Set<String> NAMES = Set.of("maxUsers", "maxFileBytes", "maxRowsPerDataset", "maxDatasets", "maxEntitiesPerBatch",
            "maxConcurrentForecasts", "maxHorizon", "forecastsPerUserPerHour", "uploadsPerUserPerHour", "aiCallsPerUserPerHour",
            "forecastsPerTenantPerHour", "uploadsPerTenantPerHour", "aiCallsPerTenantPerHour");

    /** Each per-tenant hourly allowance and the per-user one it derives from when not set (0). */
    private static final Map<String, String> TENANT_ALLOWANCES = Map.of("forecastsPerTenantPerHour", "forecastsPerUserPerHour",
            "uploadsPerTenantPerHour", "uploadsPerUserPerHour", "aiCallsPerTenantPerHour", "aiCallsPerUserPerHour");

    private static final TypeReference<Map<String, Object>> MAP_TYPE = new TypeReference<>() { };

    private final TenancyConfig config;
    private final TenantDirectory tenants;
    private final ObjectMapper json = new ObjectMapper();

    public TenantLimits(TenancyConfig config, TenantDirectory tenants) {
        this.config = config;
        this.tenants = tenants;
    }

    /** The limits of the request's tenant. */
    public Limits of(TenantContext tenant) {
        return of(tenant.tenantId());
    }

    /** The limits of a tenant by id. */
    public Limits of(String tenantId) {
        String plan = tenants.find(tenantId).map(TenantDirectory.Tenant::plan).orElse(TenancyConfig.STANDARD_PLAN);
        PlanLimitsConfig planLimits = config.getPlans().getOrDefault(plan,
                config.getPlans().getOrDefault(TenancyConfig.STANDARD_PLAN, new PlanLimitsConfig()));
        Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(planLimits, MAP_TYPE));
        tenants.limitOverrides(tenantId).forEach((name, value) -> {
            if (merged.containsKey(name) && value instanceof Number) {
                merged.put(name, value);
            }
        });
        TENANT_ALLOWANCES.forEach((tenantWide, perUser) -> {
            if (((Number) merged.get(tenantWide)).longValue() <= 0) {
                long derived = ((Number) merged.get(perUser)).longValue() * ((Number) merged.get("maxUsers")).longValue();
                merged.put(tenantWide, (int) Math.min(Integer.MAX_VALUE, derived));
            }
        });
        return json.convertValue(merged, Limits.class);
    }
}
