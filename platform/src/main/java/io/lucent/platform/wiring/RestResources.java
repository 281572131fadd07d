package io.lucent.platform.wiring;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Qualifies the Guice set of REST resources ({@code Set<Object>}): each feature module adds its resources with
 * {@code Multibinder.newSetBinder(binder(), Object.class, RestResources.class).addBinding().to(X.class)}; the
 * application registers and documents every member.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface RestResources {
}
