package io.lucent.platform.ratelimit;

import io.lucent.platform.tenancy.TenantLimits;

/** The per-user actions with an hourly limit from the tenant's plan ({@link TenantLimits.Limits}). */
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
}
