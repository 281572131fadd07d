package io.lucent.platform.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a tenant's audit log.
 *
 * @param id           the entry id
 * @param occurredAt   when
 * @param actorId      who (a user id, {@code key-...} for an API key, or {@code system})
 * @param action       what, e.g. {@code user.create}, {@code auth.login}
 * @param resourceType the kind of resource acted on, e.g. {@code user}, {@code dataset}
 * @param resourceId   which one (may be null)
 * @param outcome      {@code success}, {@code failure} or {@code denied} (refused for lack of rights)
 * @param ip           the client address (may be null)
 * @param userAgent    the client's user agent (may be null)
 * @param details      further facts; never secrets
 */
public record AuditEvent(String id, Instant occurredAt, String actorId, String action, String resourceType, String resourceId, String outcome,
                         String ip, String userAgent, Map<String, Object> details) {
}
