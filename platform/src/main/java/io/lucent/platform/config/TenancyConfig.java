package io.lucent.platform.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tenant limits per plan, and the request rate limits of sign-in endpoints. A plan not listed gets the
 * {@code standard} plan's limits, which default to the numbers; a tenant's own overrides (set by an
 * operator) win over its plan's. The {@code local} plan is the local-mode tenant's: one person on their own
 * machine, with large batches and hourly allowances that never get in the way.
 */
public class TenancyConfig {

    /** The plan of new tenants, and the one whose limits a tenant on an unlisted plan gets. */
    public static final String STANDARD_PLAN = "standard";

    /** The plan of the local-mode tenant. */
    public static final String LOCAL_PLAN = "local";

    @Valid
    @NotNull
    private Map<String, PlanLimitsConfig> plans = new LinkedHashMap<>(Map.of(STANDARD_PLAN, new PlanLimitsConfig(),
            LOCAL_PLAN, PlanLimitsConfig.local()));

    @Min(1)
    private int loginAttemptsPerMinute = 10;

    @Min(1)
    private int registrationsPerHour = 20;

    @JsonProperty
    public Map<String, PlanLimitsConfig> getPlans() {
        return plans;
    }

    @JsonProperty
    public void setPlans(Map<String, PlanLimitsConfig> plans) {
        this.plans = plans == null ? new LinkedHashMap<>() : new LinkedHashMap<>(plans);
    }

    /** Sign-in attempts per minute for one email address from one IP address (429 beyond). */
    @JsonProperty
    public int getLoginAttemptsPerMinute() {
        return loginAttemptsPerMinute;
    }

    @JsonProperty
    public void setLoginAttemptsPerMinute(int loginAttemptsPerMinute) {
        this.loginAttemptsPerMinute = loginAttemptsPerMinute;
    }

    /** Registrations, verification-code and reset requests per hour from one IP address (429 beyond). */
    @JsonProperty
    public int getRegistrationsPerHour() {
        return registrationsPerHour;
    }

    @JsonProperty
    public void setRegistrationsPerHour(int registrationsPerHour) {
        this.registrationsPerHour = registrationsPerHour;
    }

    /**
     * One plan's limits; every field defaults to the standard plan's value. The per-tenant hourly allowances
     * ({@code ...PerTenantPerHour}) are shared by all users of a tenant; 0 means the per-user allowance times
     * {@code maxUsers}.
     */
    public static class PlanLimitsConfig {
        @Min(1)
        public int maxUsers = 10;
        @Min(1)
        public long maxFileBytes = 100L * 1024 * 1024;
        @Min(1)
        public long maxRowsPerDataset = 500_000;
        @Min(1)
        public int maxDatasets = 100;
        @Min(1)
        public int maxEntitiesPerBatch = 50;
        @Min(1)
        public int maxConcurrentForecasts = 3;
        @Min(1)
        public int maxHorizon = 365;
        @Min(1)
        public int forecastsPerUserPerHour = 20;
        @Min(1)
        public int uploadsPerUserPerHour = 10;
        @Min(1)
        public int aiCallsPerUserPerHour = 60;
        @Min(0)
        public int forecastsPerTenantPerHour = 0;
        @Min(0)
        public int uploadsPerTenantPerHour = 0;
        @Min(0)
        public int aiCallsPerTenantPerHour = 0;

        /** The local-mode plan: one user, large files and batches, a sane horizon, allowances too high to be met by hand. */
        public static PlanLimitsConfig local() {
            PlanLimitsConfig local = new PlanLimitsConfig();
            local.maxUsers = 1;
            local.maxFileBytes = 2L * 1024 * 1024 * 1024;
            local.maxRowsPerDataset = 50_000_000;
            local.maxDatasets = 1_000;
            local.maxEntitiesPerBatch = 100_000;
            local.maxHorizon = 1_000;
            local.forecastsPerUserPerHour = 100_000;
            local.uploadsPerUserPerHour = 100_000;
            local.aiCallsPerUserPerHour = 100_000;
            return local;
        }
    }
}
