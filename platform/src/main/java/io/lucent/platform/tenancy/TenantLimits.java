package io.lucent.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.config.TenancyConfig.PlanLimitsConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's limits: its plan's (from config; an unknown plan gets the {@code standard} plan's), overridden by
 * the tenant's own overrides. Features read their limit here instead of keeping their own numbers.
 */
public final class TenantLimits {

    /**
     * The limits of one tenant.
     *
     * @param maxUsers                users in the tenant
     * @param maxFileBytes            size of one uploaded file
     * @param maxRowsPerDataset       rows of one dataset
     * @param maxEntitiesPerBatch     entities (series) in one batch forecast
     * @param maxConcurrentForecasts  forecast jobs running at once (enforced by the job system)
     * @param maxHorizon              forecast horizon in periods
     * @param forecastsPerUserPerHour forecast requests per user per hour
     * @param uploadsPerUserPerHour   uploads per user per hour
     * @param aiCallsPerUserPerHour   AI provider calls per user per hour
     */
    public record Limits(int maxUsers, long maxFileBytes, long maxRowsPerDataset, int maxEntitiesPerBatch, int maxConcurrentForecasts,
                         int maxHorizon, int forecastsPerUserPerHour, int uploadsPerUserPerHour, int aiCallsPerUserPerHour) {
    }

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
        String plan = tenants.find(tenantId).map(TenantDirectory.Tenant::plan).orElse("standard");
        PlanLimitsConfig planLimits = config.getPlans().getOrDefault(plan,
                config.getPlans().getOrDefault("standard", new PlanLimitsConfig()));
        Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(planLimits, MAP_TYPE));
        tenants.limitOverrides(tenantId).forEach((name, value) -> {
            if (merged.containsKey(name) && value instanceof Number) {
                merged.put(name, value);
            }
        });
        return json.convertValue(merged, Limits.class);
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>> MAP_TYPE =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };
}
