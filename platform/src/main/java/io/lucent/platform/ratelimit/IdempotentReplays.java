package io.lucent.platform.ratelimit;

import io.lucent.platform.tenancy.TenantContext;

/**
 * Tells whether a request carrying an {@code Idempotency-Key} repeats one already done. The rate limit lets such a
 * repeat through without spending a unit, so a client retrying after a lost response gets the first answer even
 * when its allowance is used up: a repeat costs nothing. A feature whose rate-limited endpoint honours the header
 * binds one for its action:
 * {@code MapBinder.newMapBinder(binder(), RateLimitedAction.class, IdempotentReplays.class).addBinding(action).to(X.class)}.
 */
@FunctionalInterface
public interface IdempotentReplays {

    /**
     * Whether the tenant already made a request with this key.
     *
     * @param tenant the caller
     * @param key    the header's value as sent (not blank); a malformed key is simply not a repeat
     * @return true if the endpoint will answer with what the first request made
     */
    boolean isReplay(TenantContext tenant, String key);
}
