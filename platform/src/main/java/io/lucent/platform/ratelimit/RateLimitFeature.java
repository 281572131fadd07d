package io.lucent.platform.ratelimit;

import io.lucent.platform.tenancy.CurrentTenant;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Gives every resource method marked {@link RateLimited} a request filter that takes one unit of the action's
 * allowances from {@link RateLimiter}. It runs right after the role check ({@code Priorities.AUTHORIZATION}), so
 * callers without the right role get their 403 without spending anything, and before Jersey reads the body.
 */
public final class RateLimitFeature implements DynamicFeature {

    /** After authorisation, before the upload size guard and the body. */
    static final int PRIORITY = Priorities.AUTHORIZATION + 100;

    private final RateLimiter limiter;

    public RateLimitFeature(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        RateLimited limited = resourceInfo.getResourceMethod() == null ? null : resourceInfo.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited != null) {
            context.register(new Filter(limiter, limited.value()), PRIORITY);
        }
    }

    /** Takes one unit of one action's allowances per request. */
    private record Filter(RateLimiter limiter, RateLimitedAction action) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            limiter.acquire(CurrentTenant.of(request), action);
        }
    }
}
