package io.lucent.platform.audit;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit log of each tenant (its own {@code audit_log} table): features call {@link #record} for every
 * sensitive operation (sign-ins, user and role changes, API keys, settings, deletions, exports, ...).
 */
public final class AuditLog {

    /** What to look for; null fields do not filter. Times are inclusive-exclusive. */
    public record Query(String actorId, String action, String resourceType, String resourceId, String outcome, Instant from, Instant to) {
    }

    /** A page of entries, newest first. */
    @Schema(name = "AuditPage")
    public record Page(List<AuditEvent> items, int offset, int limit, long total) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final TenantDatabase database;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(TenantDatabase database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** Records a successful operation by the request's user. */
    public void record(TenantContext actor, RequestOrigin origin, String action, String resourceType, String resourceId, Map<String, ?> details) {
        write(actor.tenantId(), actor.userId(), origin, action, resourceType, resourceId, "success", details);
    }

    /** Records an operation in a tenant with an explicit actor and outcome (e.g. a failed sign-in). */
    public void write(String tenantId, String actorId, RequestOrigin origin, String action, String resourceType, String resourceId,
                      String outcome, Map<String, ?> details) {
        String detailsJson;
        try {
            detailsJson = json.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        database.inTenant(new TenantContext(tenantId, "system", Role.ADMIN), handle -> handle.createUpdate(
                        "INSERT INTO audit_log (id, occurred_ms, actor_id, action, resource_type, resource_id, outcome, ip, user_agent, details_json) "
                                + "VALUES (:id, :at, :actor, :action, :type, :resource, :outcome, :ip, :agent, :details)")
                .bind("id", UUID.randomUUID().toString()).bind("at", clock.millis()).bind("actor", actorId).bind("action", action)
                .bind("type", resourceType).bind("resource", resourceId).bind("outcome", outcome).bind("ip", origin.ip())
                .bind("agent", origin.userAgent()).bind("details", detailsJson).execute());
    }

    /** Entries of the tenant matching {@code query}, newest first. */
    public Page find(TenantContext tenant, Query query, int offset, int limit) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> binds = new LinkedHashMap<>();
        condition(where, binds, "actor_id = :actor", "actor", query.actorId());
        condition(where, binds, "action = :action", "action", query.action());
        condition(where, binds, "resource_type = :type", "type", query.resourceType());
        condition(where, binds, "resource_id = :resource", "resource", query.resourceId());
        condition(where, binds, "outcome = :outcome", "outcome", query.outcome());
        condition(where, binds, "occurred_ms >= :from", "from", query.from() == null ? null : query.from().toEpochMilli());
        condition(where, binds, "occurred_ms < :to", "to", query.to() == null ? null : query.to().toEpochMilli());
        return database.inTenant(tenant, handle -> {
            long total = handle.createQuery("SELECT COUNT(*) FROM audit_log" + where).bindMap(binds).mapTo(Long.class).one();
            List<AuditEvent> items = new ArrayList<>();
            handle.createQuery("SELECT * FROM audit_log" + where + " ORDER BY occurred_ms DESC, id LIMIT :limit OFFSET :offset")
                    .bindMap(binds).bind("limit", limit).bind("offset", offset).mapToMap()
                    .forEach(row -> items.add(event(row)));
            return new Page(items, offset, limit, total);
        });
    }

    private static void condition(StringBuilder where, Map<String, Object> binds, String sql, String name, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(sql);
            binds.put(name, value);
        }
    }

    private AuditEvent event(Map<String, Object> row) {
        Map<String, Object> details;
        try {
            details = json.readValue((String) row.get("details_json"), MAP);
        } catch (JsonProcessingException e) {
            details = Map.of();
        }
        return new AuditEvent((String) row.get("id"), Instant.ofEpochMilli(((Number) row.get("occurred_ms")).longValue()),
                (String) row.get("actor_id"), (String) row.get("action"), (String) row.get("resource_type"), (String) row.get("resource_id"),
                (String) row.get("outcome"), (String) row.get("ip"), (String) row.get("user_agent"), details);
    }
}
