package io.lucent.platform.ratelimit;

import io.lucent.platform.tenancy.TenantLimits;
import java.util.Locale;

/**
 * The actions with hourly allowances from the tenant's limits ({@link TenantLimits.Limits}): one per user and
 * one shared by all the tenant's users.
 */
public enum RateLimitedAction {
    UPLOAD,
    FORECAST,
    AI_CALL;

    /** This action's allowance per user per hour under {@code limits}. */
    public int perUserPerHour(TenantLimits.Limits limits) {
        return switch (this) {
            case UPLOAD -> limits.uploadsPerUserPerHour();
            case FORECAST -> limits.forecastsPerUserPerHour();
            case AI_CALL -> limits.aiCallsPerUserPerHour();
        };
    }

    /** This action's allowance for all of a tenant's users together per hour under {@code limits}. */
    public int perTenantPerHour(TenantLimits.Limits limits) {
        return switch (this) {
            case UPLOAD -> limits.uploadsPerTenantPerHour();
            case FORECAST -> limits.forecastsPerTenantPerHour();
            case AI_CALL -> limits.aiCallsPerTenantPerHour();
        };
    }

    /** The name in keys, error details and usage records: {@code upload}, {@code forecast}, {@code ai_call}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
