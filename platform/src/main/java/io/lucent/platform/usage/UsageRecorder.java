package io.lucent.platform.usage;

import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Usage records of each tenant (its own {@code usage_records} table): features call {@link #record} when work is
 * done (an upload with its rows, a forecast with its series, an AI call), and {@link #summary} reports them.
 */
public final class UsageRecorder {

    /**
     * The totals of one action over a period.
     *
     * @param action           the action
     * @param count            how many times
     * @param entities         the entities it covered (rows, series, ...)
     * @param processingMillis the processing time spent
     */
    public record ActionTotal(String action, long count, long entities, long processingMillis) {
    }

    private final TenantDatabase database;
    private final Clock clock;

    public UsageRecorder(TenantDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records that the request's user did {@code action} over {@code entityCount} entities in {@code processingMillis}. */
    public void record(TenantContext tenant, String action, long entityCount, long processingMillis) {
        database.inTenant(tenant, handle -> handle.createUpdate("INSERT INTO usage_records (id, occurred_ms, user_id, action, entity_count, processing_ms) "
                        + "VALUES (:id, :at, :user, :action, :entities, :ms)")
                .bind("id", UUID.randomUUID().toString()).bind("at", clock.millis()).bind("user", tenant.userId()).bind("action", action)
                .bind("entities", entityCount).bind("ms", processingMillis).execute());
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
                            + "COALESCE(SUM(processing_ms), 0) AS ms FROM usage_records WHERE occurred_ms >= :from AND occurred_ms < :to"
                            + byUser + " GROUP BY action ORDER BY action")
                    .bind("from", from.toEpochMilli()).bind("to", to.toEpochMilli());
            if (userId != null) {
                query.bind("user", userId);
            }
            return query.map((rs, ctx) -> new ActionTotal(rs.getString("action"), rs.getLong("n"), rs.getLong("entities"), rs.getLong("ms")))
                    .list();
        });
    }
}
