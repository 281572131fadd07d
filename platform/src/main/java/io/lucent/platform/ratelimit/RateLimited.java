package io.lucent.platform.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose every call takes one unit of the caller's (and the tenant's) hourly allowance
 * for an action. The check runs after authentication and authorisation and before the request body is read,
 * so an exhausted allowance costs no upload or forecasting work: 429 with {@code Retry-After}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** The action whose allowance the call uses. */
    RateLimitedAction value();
}
