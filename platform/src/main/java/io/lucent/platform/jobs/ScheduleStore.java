package io.lucent.platform.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** The recurring-job table: creates, lists and deletes a tenant's schedules. */
public final class ScheduleStore {

    private final Jdbi jdbi;
    private final JobTables tables;
    private final ObjectMapper json;

    public ScheduleStore(MetadataDatabase database, ObjectMapper json) {
        this.jdbi = database.jdbi();
        this.tables = JobTables.of(database.dialect());
        this.json = json;
    }

    /** Records a schedule whose first run is the cron expression's first time after {@code now}. */
    public JobSchedule create(TenantContext tenant, String name, String kind, String payload, List<String> entityKeys,
                              CronSchedule cron, Instant now) {
        Instant first = cron.nextAfter(now).orElseThrow(() -> io.lucent.platform.errors.LucentException.invalid(
                "The cron expression '" + cron.expression() + "' never fires"));
        String id = UUID.randomUUID().toString();
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO " + tables.schedules() + " (id, tenant_id, user_id, user_role, name, kind,"
                        + " payload, entity_keys, cron, time_zone, enabled, next_run_at, missed_runs, created_at) VALUES (:id, :tenant, :user,"
                        + " :role, :name, :kind, :payload, :entities, :cron, :zone, :enabled, :next, 0, :now)")
                .bind("id", id).bind("tenant", tenant.tenantId()).bind("user", tenant.userId()).bind("role", tenant.role().name())
                .bind("name", name).bind("kind", kind).bind("payload", payload).bind("entities", write(entityKeys))
                .bind("cron", cron.expression()).bind("zone", cron.zone().getId()).bind("enabled", true)
                .bind("next", first.toEpochMilli()).bind("now", now.toEpochMilli()).execute());
        return find(tenant, id).orElseThrow();
    }

    public Optional<JobSchedule> find(TenantContext tenant, String id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM " + tables.schedules() + " WHERE id = :id AND tenant_id = :tenant")
                .bind("id", id).bind("tenant", tenant.tenantId()).map((rs, ctx) -> schedule(rs)).findOne());
    }

    public List<JobSchedule> list(TenantContext tenant) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM " + tables.schedules() + " WHERE tenant_id = :tenant ORDER BY name, id")
                .bind("tenant", tenant.tenantId()).map((rs, ctx) -> schedule(rs)).list());
    }

    /** Deletes a tenant's schedule; false if it had none with that id. */
    public boolean delete(TenantContext tenant, String id) {
        return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM " + tables.schedules() + " WHERE id = :id AND tenant_id = :tenant")
                .bind("id", id).bind("tenant", tenant.tenantId()).execute()) > 0;
    }

    JobSchedule schedule(ResultSet rs) throws SQLException {
        long last = rs.getLong("last_run_at");
        Optional<Instant> lastRun = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(last));
        return new JobSchedule(rs.getString("id"), rs.getString("tenant_id"), rs.getString("name"), rs.getString("kind"),
                rs.getString("payload"), read(rs.getString("entity_keys")), rs.getString("cron"), rs.getString("time_zone"),
                rs.getBoolean("enabled"), Instant.ofEpochMilli(rs.getLong("next_run_at")), lastRun,
                Optional.ofNullable(rs.getString("last_job_id")), rs.getLong("missed_runs"));
    }

    private String write(List<String> keys) {
        try {
            return json.writeValueAsString(keys);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("malformed entity list in a schedule", e);
        }
    }
}
