/**
 * Rate limits with Bucket4j token buckets, in Redis in SaaS mode (shared by all nodes, keys spread per tenant, user
 * and action) and in memory in local mode. Features call {@link io.lucent.platform.ratelimit.RateLimiter}; an
 * exhausted allowance is a 429 whose {@code Retry-After} says when to try again.
 */
package io.lucent.platform.ratelimit;
