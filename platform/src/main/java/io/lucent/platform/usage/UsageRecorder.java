package io.lucent.platform.usage;

import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Usage records of each tenant (its own {@code usage_records} table): features call {@link #record} when work is
 * done (an upload with its rows and bytes, a forecast with its series, an AI call), and {@link #summary} reports
 * them.
 */
public final class UsageRecorder {

    /** Action names of the records the platform writes. */
    public static final String UPLOAD = "upload";
    /** A queued forecast job, recorded when it ends: entities forecast, time from start to end. */
    public static final String FORECAST = "forecast";
    /** A synchronous forecast (preview, automatic parameters, method comparison). */
    public static final String FORECAST_PREVIEW = "forecast_preview";

    /**
     * The totals of one action over a period.
     *
     * @param action           the action
     * @param count            how many times
     * @param entities         the entities it covered (rows, series, ...)
     * @param bytes            the bytes it read (uploads)
     * @param processingMillis the processing time spent
     */
    public record ActionTotal(String action, long count, long entities, long bytes, long processingMillis) {
    }

    private final TenantDatabase database;
    private final Clock clock;

    public UsageRecorder(TenantDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records that the request's user did {@code action} over {@code entityCount} entities in {@code processingMillis}. */
    public void record(TenantContext tenant, String action, long entityCount, long processingMillis) {
        record(tenant, action, entityCount, 0, processingMillis);
    }

    /** Records that the request's user did {@code action} over {@code entityCount} entities and {@code bytes} bytes. */
    public void record(TenantContext tenant, String action, long entityCount, long bytes, long processingMillis) {
        insert(tenant, null, action, entityCount, bytes, processingMillis);
    }

    /**
     * Records work of {@code userId} once per {@code sourceKey} (e.g. {@code job:<id>}): later calls with the same
     * key change nothing, so callers that may notice the same event twice record it once.
     */
    public void recordOnce(String tenantId, String userId, String sourceKey, String action, long entityCount, long processingMillis) {
        insert(new TenantContext(tenantId, userId, Role.VIEWER), sourceKey, action, entityCount, 0, processingMillis);
    }

    private void insert(TenantContext tenant, String sourceKey, String action, long entityCount, long bytes, long processingMillis) {
        database.inTenant(tenant, handle -> handle.createUpdate("INSERT INTO usage_records (id, occurred_ms, user_id, action, entity_count, "
                        + "bytes, processing_ms, source_key) VALUES (:id, :at, :user, :action, :entities, :bytes, :ms, :source) ON CONFLICT DO NOTHING")
                .bind("id", UUID.randomUUID().toString()).bind("at", clock.millis()).bind("user", tenant.userId()).bind("action", action)
                .bind("entities", entityCount).bind("bytes", bytes).bind("ms", processingMillis).bind("source", sourceKey).execute());
    }

    /** Totals per action of the whole tenant in [from, to). */
    public List<ActionTotal> summary(TenantContext tenant, Instant from, Instant to) {
        return totals(tenant, from, to, null);
    }

    /** Totals per action of one user in [from, to). */
    public List<ActionTotal> summaryOfUser(TenantContext tenant, String userId, Instant from, Instant to) {
        return totals(tenant, from, to, userId);
    }

    private List<ActionTotal> totals(TenantContext tenant, Instant from, Instant to, String userId) {
        String byUser = userId == null ? "" : " AND user_id = :user";
        return database.inTenant(tenant, handle -> {
            var query = handle.createQuery("SELECT action, COUNT(*) AS n, COALESCE(SUM(entity_count), 0) AS entities, "
                            + "COALESCE(SUM(bytes), 0) AS bytes, COALESCE(SUM(processing_ms), 0) AS ms FROM usage_records "
                            + "WHERE occurred_ms >= :from AND occurred_ms < :to" + byUser + " GROUP BY action ORDER BY action")
                    .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
            if (userId != null) {
                query.bind("user", userId);
            }
            return query.map((rs, ctx) -> new ActionTotal(rs.getString("action"), rs.getLong("n"), rs.getLong("entities"), rs.getLong("bytes"),
                            rs.getLong("ms")))
                    .list();
        });
    }
}
