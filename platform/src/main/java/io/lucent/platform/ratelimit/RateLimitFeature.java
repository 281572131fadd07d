package io.lucent.platform.ratelimit;

import io.lucent.platform.tenancy.CurrentTenant;
import io.lucent.platform.tenancy.TenantContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Map;
import java.util.Optional;

/**
 * Gives every resource method marked {@link RateLimited} a request filter that takes one unit of the action's
 * allowances from {@link RateLimiter}. It runs right after the role check ({@code Priorities.AUTHORIZATION}), so
 * callers without the right role get their 403 without spending anything, and before Jersey reads the body. A
 * request whose {@code Idempotency-Key} repeats one already done ({@link IdempotentReplays}) spends nothing.
 */
public final class RateLimitFeature implements DynamicFeature {

    /** After authorisation, before the upload size guard and the body. */
    static final int PRIORITY = Priorities.AUTHORIZATION + 100;

    private final RateLimiter limiter;
    private final Map<RateLimitedAction, IdempotentReplays> replays;

    public RateLimitFeature(RateLimiter limiter, Map<RateLimitedAction, IdempotentReplays> replays) {
        this.limiter = limiter;
        this.replays = Map.copyOf(replays);
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        RateLimited limited = resourceInfo.getResourceMethod() == null ? null : resourceInfo.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited != null) {
            context.register(new Filter(limiter, limited.value(), Optional.ofNullable(replays.get(limited.value()))), PRIORITY);
        }
    }

    /** Takes one unit of one action's allowances per request that is not a repeat. */
    private record Filter(RateLimiter limiter, RateLimitedAction action, Optional<IdempotentReplays> replays)
            implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            TenantContext tenant = CurrentTenant.of(request);
            String key = request.getHeaderString("Idempotency-Key");
            if (key != null && !key.isBlank() && replays.isPresent() && replays.get().isReplay(tenant, key)) {
                return;
            }
            limiter.acquire(tenant, action);
        }
    }
}
