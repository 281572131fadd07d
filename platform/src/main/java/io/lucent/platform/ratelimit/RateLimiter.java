package io.lucent.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Rate limits, the one API features call before costly work: {@link #acquire(TenantContext, RateLimitedAction)}
 * takes one unit of the user's hourly allowance for an action (from the tenant's plan) or fails with 429 and a
 * {@code Retry-After}. {@link #acquire(String, int, Duration)} limits anything else by a key of the caller's
 * choosing (sign-in attempts per address, ...).
 */
public final class RateLimiter {

    private final Buckets buckets;
    private final TenantLimits limits;

    public RateLimiter(Buckets buckets, TenantLimits limits) {
        this.buckets = buckets;
        this.limits = limits;
    }

    /** Takes one unit of the user's hourly allowance for {@code action}; 429 when it is used up. */
    public void acquire(TenantContext tenant, RateLimitedAction action) {
        int perHour = action.perUserPerHour(limits.of(tenant));
        String key = "t:" + tenant.tenantId() + ":u:" + tenant.userId() + ":" + action.name().toLowerCase(Locale.ROOT);
        take(key, perHour, Duration.ofHours(1), "You have reached the limit of " + perHour + " "
                + action.name().toLowerCase(Locale.ROOT).replace('_', ' ') + "s per hour", Map.of("action", action.name().toLowerCase(Locale.ROOT)));
    }

    /** Takes one unit of {@code capacity} per {@code period} from the bucket {@code key}; 429 when it is used up. */
    public void acquire(String key, int capacity, Duration period) {
        take(key, capacity, period, "Too many requests; try again later", Map.of());
    }

    private void take(String key, int capacity, Duration period, String message, Map<String, Object> details) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
                .build();
        ConsumptionProbe probe = buckets.tryConsume(key, configuration);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            Map<String, Object> all = new java.util.HashMap<>(details);
            all.put("retryAfterSeconds", seconds);
            all.put("limit", capacity);
            all.put("periodSeconds", period.toSeconds());
            throw new LucentException(ErrorCode.RATE_LIMITED, message, all);
        }
    }
}
