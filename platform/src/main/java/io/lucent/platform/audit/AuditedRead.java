package io.lucent.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET route whose use is itself sensitive (data leaving the system: exports, downloads), so
 * {@link AuditTrailFilter} records it like a change: caller, route, resource id, address, user agent.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AuditedRead {
}
