package io.lucent.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantLimits;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Rate limits, the one API features call before costly work: {@link #acquire(TenantContext, RateLimitedAction)}
 * takes one unit of the user's hourly allowance for an action and one of the tenant's (both from the tenant's
 * limits) or fails with 429 and a {@code Retry-After}. {@link #acquire(String, int, Duration)} limits anything
 * else by a key of the caller's choosing (sign-in attempts per address, ...).
 *
 * <p>Bucket keys carry the allowance, so a changed limit takes effect at once with a fresh bucket. The user's
 * bucket is taken first: when the tenant's is empty, that user unit is spent too (an hourly allowance, not a
 * ledger).
 */
public final class RateLimiter {

    private static final Duration HOUR = Duration.ofHours(1);

    /**
     * What is used of an action's hourly allowances now.
     *
     * @param userUsed     units the user took in the current window
     * @param userLimit    the user's allowance
     * @param tenantUsed   units all the tenant's users took in the current window
     * @param tenantLimit  the tenant's allowance
     */
    public record Used(long userUsed, int userLimit, long tenantUsed, int tenantLimit) {
    }

    private final Buckets buckets;
    private final TenantLimits limits;

    public RateLimiter(Buckets buckets, TenantLimits limits) {
        this.buckets = buckets;
        this.limits = limits;
    }

    /** Takes one unit of the user's and of the tenant's hourly allowance for {@code action}; 429 when either is used up. */
    public void acquire(TenantContext tenant, RateLimitedAction action) {
        TenantLimits.Limits tenantLimits = limits.of(tenant);
        int perUser = action.perUserPerHour(tenantLimits);
        int perTenant = action.perTenantPerHour(tenantLimits);
        take(userKey(tenant, action, perUser), perUser, HOUR, "You have reached your limit of " + perUser + " "
                + noun(action) + " per hour", Map.of("action", action.wireName(), "scope", "user"));
        take(tenantKey(tenant, action, perTenant), perTenant, HOUR, "Your organization has reached its limit of " + perTenant + " "
                + noun(action) + " per hour", Map.of("action", action.wireName(), "scope", "tenant"));
    }

    /** What is used of the user's and the tenant's hourly allowance for {@code action}, without taking anything. */
    public Used used(TenantContext tenant, RateLimitedAction action) {
        TenantLimits.Limits tenantLimits = limits.of(tenant);
        int perUser = action.perUserPerHour(tenantLimits);
        int perTenant = action.perTenantPerHour(tenantLimits);
        long userLeft = buckets.available(userKey(tenant, action, perUser), hourly(perUser, HOUR));
        long tenantLeft = buckets.available(tenantKey(tenant, action, perTenant), hourly(perTenant, HOUR));
        return new Used(Math.max(0, perUser - userLeft), perUser, Math.max(0, perTenant - tenantLeft), perTenant);
    }

    /** Takes one unit of {@code capacity} per {@code period} from the bucket {@code key}; 429 when it is used up. */
    public void acquire(String key, int capacity, Duration period) {
        take(key, capacity, period, "Too many requests; try again later", Map.of());
    }

    private static String userKey(TenantContext tenant, RateLimitedAction action, int capacity) {
        return "t:" + tenant.tenantId() + ":u:" + tenant.userId() + ":" + action.wireName() + ":" + capacity;
    }

    private static String tenantKey(TenantContext tenant, RateLimitedAction action, int capacity) {
        return "t:" + tenant.tenantId() + ":all:" + action.wireName() + ":" + capacity;
    }

    private static String noun(RateLimitedAction action) {
        return switch (action) {
            case UPLOAD -> "uploads";
            case FORECAST -> "forecasts";
            case AI_CALL -> "AI calls";
        };
    }

    private static BucketConfiguration hourly(int capacity, Duration period) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build())
                .build();
    }

    private void take(String key, int capacity, Duration period, String message, Map<String, Object> details) {
        ConsumptionProbe probe = buckets.tryConsume(key, hourly(capacity, period));
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            Map<String, Object> all = new HashMap<>(details);
            all.put("retryAfterSeconds", seconds);
            all.put("limit", capacity);
            all.put("periodSeconds", period.toSeconds());
            throw new LucentException(ErrorCode.RATE_LIMITED, message, all);
        }
    }
}
