package io.lucent.platform.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which roles may call a resource method (or every method of a resource class; a method's annotation
 * wins over its class's). {@link AuthorizationFilter} checks it before the method runs and answers 403 otherwise.
 * Without it, the area default of {@link AccessPolicy} applies. See the package documentation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
    Role[] value();
}
