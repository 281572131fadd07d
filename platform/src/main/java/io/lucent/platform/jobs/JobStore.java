package io.lucent.platform.jobs;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The job table, the source of truth of the job system. Every state change is one short transaction guarded by
 * the state it expects, so concurrent workers, reapers and cancellations on any number of nodes never apply a
 * change twice. A task is claimed with a lease ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL; on SQLite one
 * process holds the database and its writes are serialised); it is completed only while the lease is still the
 * claimer's.
 */
public final class JobStore {

    /** Limits applied when a job is submitted. */
    public record SubmitLimits(int maxQueuedJobs, long defaultTimeoutMs, int maxAttempts, int retryAfterSeconds) {
    }

    private static final String TASK_COLUMNS = "t.id, t.job_id, t.tenant_id, t.entity_key, t.attempts, j.user_id, j.user_role, j.kind, j.payload";

    private final Jdbi jdbi;
    private final JobTables tables;

    public JobStore(MetadataDatabase database) {
        this.jdbi = database.jdbi();
        this.tables = JobTables.of(database.dialect());
    }

    JobTables tables() {
        return tables;
    }

    /**
     * Runs a transaction. On SQLite a transaction that reads before it writes fails with SQLITE_BUSY when another
     * connection wrote in between (busy_timeout does not cover that case), so it is retried from the start.
     */
    private <R> R inTransaction(org.jdbi.v3.core.HandleCallback<R, RuntimeException> work) {
        return SqliteRetry.run(tables.postgres(), () -> jdbi.inTransaction(work));
    }

    /**
     * Records a job and its tasks as queued. With an idempotency key already used by this tenant, returns that
     * job's id and records nothing. Refuses with 429 when the tenant already has {@code maxQueuedJobs} waiting.
     */
    public String insert(TenantContext tenant, JobSpec spec, SubmitLimits limits, long now) {
        return inTransaction(handle -> insert(handle, tenant, spec, limits, now));
    }

    /** The tenant's job submitted with this idempotency key, if any. */
    public Optional<String> jobForIdempotencyKey(TenantContext tenant, String key) {
        return jdbi.withHandle(handle -> jobForIdempotencyKey(handle, tenant, key));
    }

    private Optional<String> jobForIdempotencyKey(Handle handle, TenantContext tenant, String key) {
        return handle.createQuery("SELECT id FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND idempotency_key = :key")
                .bind("tenant", tenant.tenantId()).bind("key", key).mapTo(String.class).findOne();
    }

    /** {@link #insert(TenantContext, JobSpec, SubmitLimits, long)} within the caller's transaction. */
    String insert(Handle handle, TenantContext tenant, JobSpec spec, SubmitLimits limits, long now) {
        {
            if (spec.idempotencyKey().isPresent()) {
                Optional<String> existing = jobForIdempotencyKey(handle, tenant, spec.idempotencyKey().get());
                if (existing.isPresent()) {
                    return existing.get();
                }
            }
            int queued = handle.createQuery("SELECT COUNT(*) FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND state = 'queued'")
                    .bind("tenant", tenant.tenantId()).mapTo(Integer.class).one();
            if (queued >= limits.maxQueuedJobs()) {
                throw new LucentException(ErrorCode.RATE_LIMITED, "You already have " + queued
                        + " jobs waiting; submit more when some have started",
                        Map.of("queuedJobs", queued, "retryAfterSeconds", limits.retryAfterSeconds()));
            }
            String jobId = spec.id().orElseGet(() -> UUID.randomUUID().toString());
            handle.createUpdate("INSERT INTO " + tables.jobs() + " (id, tenant_id, user_id, user_role, kind, state, priority, payload,"
                            + " idempotency_key, timeout_ms, max_attempts, created_at)"
                            + " VALUES (:id, :tenant, :user, :role, :kind, 'queued', :priority, :payload, :key, :timeout, :attempts, :now)")
                    .bind("id", jobId).bind("tenant", tenant.tenantId()).bind("user", tenant.userId())
                    .bind("role", tenant.role().name()).bind("kind", spec.kind()).bind("priority", spec.priority().rank())
                    .bind("payload", spec.payloadJson()).bind("key", spec.idempotencyKey().orElse(null))
                    .bind("timeout", spec.timeout().map(java.time.Duration::toMillis).orElse(limits.defaultTimeoutMs()))
                    .bind("attempts", limits.maxAttempts()).bind("now", now)
                    .execute();
            var batch = handle.prepareBatch("INSERT INTO " + tables.tasks() + " (id, job_id, tenant_id, seq, entity_key, state, priority,"
                    + " attempts, available_at, created_at) VALUES (:id, :job, :tenant, :seq, :entity, 'queued', :priority, 0, :now, :now)");
            int seq = 0;
            for (String entity : spec.entityKeys()) {
                batch.bind("id", UUID.randomUUID().toString()).bind("job", jobId).bind("tenant", tenant.tenantId())
                        .bind("seq", seq++).bind("entity", entity).bind("priority", spec.priority().rank()).bind("now", now).add();
            }
            batch.execute();
            return jobId;
        }
    }

    /**
     * Claims the next task for {@code owner}: the highest priority first; within it the tenant with the fewest
     * running tasks (fair across tenants); then the oldest job. Tasks of a tenant's queued jobs are only claimed
     * while the tenant has fewer running jobs than its own limit ({@code tenantLimits}, read before the
     * transaction for each tenant with queued jobs).
     */
    public Optional<ClaimedTask> claim(String owner, long now, long leaseMs, TenantJobLimits tenantLimits) {
        Map<String, Integer> limits = new HashMap<>();
        for (String tenant : tenantsWithQueuedJobs()) {
            limits.put(tenant, Math.max(1, tenantLimits.maxRunningJobs(tenant)));
        }
        try {
            return inTransaction(handle -> claimIn(handle, owner, now, leaseMs, limits));
        } catch (TenantLimitReached e) {
            return Optional.empty();
        }
    }

    /** Claims with the same running-jobs limit for every tenant. */
    public Optional<ClaimedTask> claim(String owner, long now, long leaseMs, int tenantLimit) {
        return claim(owner, now, leaseMs, tenant -> tenantLimit);
    }

    private List<String> tenantsWithQueuedJobs() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT DISTINCT tenant_id FROM " + tables.jobs() + " WHERE state = 'queued'")
                .mapTo(String.class).list());
    }

    /** Rolls a claim back when the tenant's last job slot was taken meanwhile. */
    private static final class TenantLimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TenantLimitReached() {
            super(null, null, false, false);
        }
    }

    private Optional<ClaimedTask> claimIn(Handle handle, String owner, long now, long leaseMs, Map<String, Integer> limits) {
        // Tenants whose queued jobs may start: fewer running jobs than their limit. Running counts are computed once per claim.
        Map<String, Integer> running = new HashMap<>();
        handle.createQuery("SELECT tenant_id, COUNT(*) AS n FROM " + tables.jobs() + " WHERE state = 'running' GROUP BY tenant_id")
                .map((rs, ctx) -> Map.entry(rs.getString("tenant_id"), rs.getInt("n"))).forEach(e -> running.put(e.getKey(), e.getValue()));
        List<String> startable = limits.entrySet().stream().filter(e -> running.getOrDefault(e.getKey(), 0) < e.getValue())
                .map(Map.Entry::getKey).sorted().toList();
        String mayStart = startable.isEmpty() ? "j.state = 'running'" : "(j.state = 'running' OR j.tenant_id IN (<startable>))";
        String candidate = "WITH busy_tasks AS (SELECT tenant_id, COUNT(*) AS n FROM " + tables.tasks() + " WHERE state = 'running'"
                + " GROUP BY tenant_id)"
                + " SELECT t.id FROM " + tables.tasks() + " t JOIN " + tables.jobs() + " j ON j.id = t.job_id"
                + " LEFT JOIN busy_tasks bt ON bt.tenant_id = t.tenant_id"
                + " WHERE t.state = 'queued' AND t.available_at <= :now AND j.state IN ('queued', 'running') AND " + mayStart
                + " ORDER BY t.priority DESC, COALESCE(bt.n, 0) ASC, j.created_at ASC, t.seq ASC"
                + " LIMIT 1" + tables.forUpdateSkipLocked("t");
        var update = handle.createQuery("UPDATE " + tables.tasks() + " SET state = 'running', lease_owner = :owner,"
                        + " lease_until = :until, attempts = attempts + 1 WHERE id = (" + candidate + ") AND state = 'queued' RETURNING id")
                .bind("owner", owner).bind("until", now + leaseMs).bind("now", now);
        if (!startable.isEmpty()) {
            update.bindList("startable", startable);
        }
        Optional<String> taskId = update.mapTo(String.class).findOne();
        if (taskId.isEmpty()) {
            return Optional.empty();
        }
        ClaimedTask task = handle.createQuery("SELECT " + TASK_COLUMNS + " FROM " + tables.tasks() + " t JOIN " + tables.jobs()
                        + " j ON j.id = t.job_id WHERE t.id = :id")
                .bind("id", taskId.get()).map(JobStore::claimedTask).one();
        return switch (startJobIfQueued(handle, task, now, limits.getOrDefault(task.tenantId(), 1))) {
            case ALREADY_RUNNING -> Optional.of(task);
            case STARTED -> Optional.of(task.startingJob());
            case LIMIT_REACHED -> throw new TenantLimitReached();
        };
    }

    /** What claiming a task did to its job. */
    private enum JobStart { ALREADY_RUNNING, STARTED, LIMIT_REACHED }

    /** Moves a queued job to running within the tenant's limit; {@code LIMIT_REACHED} if the limit was reached meanwhile. */
    private JobStart startJobIfQueued(Handle handle, ClaimedTask task, long now, int tenantLimit) {
        String state = handle.createQuery("SELECT state FROM " + tables.jobs() + " WHERE id = :id" + tables.forUpdate())
                .bind("id", task.jobId()).mapTo(String.class).one();
        if (!"queued".equals(state)) {
            return JobStart.ALREADY_RUNNING;
        }
        if (tables.postgres()) {
            // Serialises job starts per tenant across nodes, so two claimers cannot both take the last slot.
            handle.createQuery("SELECT pg_advisory_xact_lock(hashtext(:key))").bind("key", "lucent-jobs:" + task.tenantId())
                    .mapTo(String.class).one();
        }
        int runningJobs = handle.createQuery("SELECT COUNT(*) FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND state = 'running'")
                .bind("tenant", task.tenantId()).mapTo(Integer.class).one();
        if (runningJobs >= tenantLimit) {
            return JobStart.LIMIT_REACHED;
        }
        int started = handle.createUpdate("UPDATE " + tables.jobs() + " SET state = 'running', started_at = :now, deadline_at = :now + timeout_ms"
                        + " WHERE id = :id AND state = 'queued'")
                .bind("now", now).bind("id", task.jobId()).execute();
        return started == 1 ? JobStart.STARTED : JobStart.ALREADY_RUNNING;
    }

    /** How many jobs of a tenant are running now. */
    public int runningJobs(String tenantId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND state = 'running'")
                .bind("tenant", tenantId).mapTo(Integer.class).one());
    }

    /** Extends the leases of every task {@code owner} runs. */
    public void renewLeases(String owner, long until) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE " + tables.tasks() + " SET lease_until = :until"
                        + " WHERE lease_owner = :owner AND state = 'running'")
                .bind("until", until).bind("owner", owner).execute());
    }

    /** Of the given tasks, those {@code owner} no longer holds (cancelled, timed out, reaped, or deleted with their job). */
    public List<String> lostTasks(String owner, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        List<String> held = jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM " + tables.tasks()
                        + " WHERE id IN (<ids>) AND state = 'running' AND lease_owner = :owner")
                .bindList("ids", List.copyOf(taskIds)).bind("owner", owner).mapTo(String.class).list());
        return taskIds.stream().filter(id -> !held.contains(id)).toList();
    }

    /**
     * Marks a task done if {@code owner} still holds its lease, then finishes the job if it was its last task.
     *
     * @return false if the lease was lost (the task was cancelled, timed out or handed to another worker)
     */
    public boolean complete(ClaimedTask task, String owner, String summaryJson, long now) {
        return inTransaction(handle -> completeIn(handle, task, owner, summaryJson, now));
    }

    private boolean completeIn(Handle handle, ClaimedTask task, String owner, String summaryJson, long now) {
        lockJob(handle, task.jobId());
        int updated = handle.createUpdate("UPDATE " + tables.tasks() + " SET state = 'done', result = :result, finished_at = :now,"
                        + " lease_owner = NULL, lease_until = NULL WHERE id = :id AND state = 'running' AND lease_owner = :owner")
                .bind("result", summaryJson).bind("now", now).bind("id", task.id()).bind("owner", owner).execute();
        if (updated == 0) {
            return false;
        }
        finishJobIfDone(handle, task.jobId(), now);
        return true;
    }

    /** Fails a task for good (if {@code owner} still holds it). */
    public boolean fail(ClaimedTask task, String owner, String error, long now) {
        return inTransaction(handle -> {
            lockJob(handle, task.jobId());
            int updated = handle.createUpdate("UPDATE " + tables.tasks() + " SET state = 'failed', error = :error, finished_at = :now,"
                            + " lease_owner = NULL, lease_until = NULL WHERE id = :id AND state = 'running' AND lease_owner = :owner")
                    .bind("error", truncate(error)).bind("now", now).bind("id", task.id()).bind("owner", owner).execute();
            if (updated > 0) {
                finishJobIfDone(handle, task.jobId(), now);
            }
            return updated > 0;
        });
    }

    /**
     * Puts a task back in the queue, available again at {@code availableAt}, or fails it when it has used its
     * attempts.
     *
     * @return the task's new state, empty if {@code owner} no longer held it
     */
    public Optional<TaskState> retryOrFail(ClaimedTask task, String owner, String error, long now, long availableAt) {
        return inTransaction(handle -> {
            lockJob(handle, task.jobId());
            int maxAttempts = handle.createQuery("SELECT max_attempts FROM " + tables.jobs() + " WHERE id = :id")
                    .bind("id", task.jobId()).mapTo(Integer.class).one();
            boolean retry = task.attempt() < maxAttempts;
            int updated = handle.createUpdate("UPDATE " + tables.tasks() + " SET state = :state, error = :error, available_at = :available,"
                            + " finished_at = :finished, lease_owner = NULL, lease_until = NULL"
                            + " WHERE id = :id AND state = 'running' AND lease_owner = :owner")
                    .bind("state", retry ? "queued" : "failed").bind("error", truncate(error)).bind("available", availableAt)
                    .bind("finished", retry ? null : (Long) now).bind("id", task.id()).bind("owner", owner).execute();
            if (updated == 0) {
                return Optional.<TaskState>empty();
            }
            if (!retry) {
                finishJobIfDone(handle, task.jobId(), now);
            }
            return Optional.of(retry ? TaskState.QUEUED : TaskState.FAILED);
        });
    }

    /**
     * Cancels a tenant's job: queued and running tasks end as cancelled (workers notice at their next heartbeat
     * and drop their results).
     *
     * @return false if the job had already ended
     */
    public boolean cancel(TenantContext tenant, String jobId, long now) {
        return inTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE " + tables.jobs() + " SET state = 'cancelled', finished_at = :now,"
                            + " error = 'cancelled by ' || :user WHERE id = :id AND tenant_id = :tenant AND state IN ('queued', 'running')")
                    .bind("now", now).bind("user", tenant.userId()).bind("id", jobId).bind("tenant", tenant.tenantId()).execute();
            if (updated == 0) {
                return false;
            }
            endOpenTasks(handle, jobId, "the job was cancelled", now);
            return true;
        });
    }

    /**
     * Deletes a tenant's jobs and their tasks, whatever their state (a worker still running one of them loses its
     * lease with it: it notices at its next heartbeat and cannot complete the task).
     *
     * @return how many jobs were deleted
     */
    public int delete(TenantContext tenant, Collection<String> jobIds) {
        if (jobIds.isEmpty()) {
            return 0;
        }
        return inTransaction(handle -> {
            handle.createUpdate("DELETE FROM " + tables.tasks() + " WHERE tenant_id = :tenant AND job_id IN (<ids>)")
                    .bind("tenant", tenant.tenantId()).bindList("ids", List.copyOf(jobIds)).execute();
            return handle.createUpdate("DELETE FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND id IN (<ids>)")
                    .bind("tenant", tenant.tenantId()).bindList("ids", List.copyOf(jobIds)).execute();
        });
    }

    /**
     * Hands tasks whose worker stopped renewing its lease back to the queue (or fails them after their last
     * attempt).
     *
     * @return the jobs touched
     */
    public List<String> reapExpiredLeases(long now) {
        return inTransaction(handle -> {
            List<Map<String, Object>> expired = handle.createQuery("SELECT t.id, t.job_id, t.attempts, j.max_attempts FROM " + tables.tasks()
                            + " t JOIN " + tables.jobs() + " j ON j.id = t.job_id WHERE t.state = 'running' AND t.lease_until < :now"
                            + tables.forUpdateSkipLocked("t"))
                    .bind("now", now).mapToMap().list();
            List<String> jobs = new ArrayList<>();
            for (Map<String, Object> row : expired) {
                boolean retry = ((Number) row.get("attempts")).intValue() < ((Number) row.get("max_attempts")).intValue();
                handle.createUpdate("UPDATE " + tables.tasks() + " SET state = :state, lease_owner = NULL, lease_until = NULL,"
                                + " available_at = :now, finished_at = :finished, error = 'the worker running it stopped responding'"
                                + " WHERE id = :id AND state = 'running' AND lease_until < :now")
                        .bind("state", retry ? "queued" : "failed").bind("now", now).bind("finished", retry ? null : (Long) now)
                        .bind("id", row.get("id")).execute();
                String jobId = (String) row.get("job_id");
                if (!jobs.contains(jobId)) {
                    jobs.add(jobId);
                }
            }
            for (String jobId : jobs) {
                finishJobIfDone(handle, jobId, now);
            }
            return jobs;
        });
    }

    /** Ends running jobs past their deadline as timed out, with their open tasks cancelled. */
    public List<String> timeOutOverdueJobs(long now) {
        return inTransaction(handle -> {
            List<String> overdue = handle.createQuery("SELECT id FROM " + tables.jobs() + " WHERE state = 'running' AND deadline_at < :now"
                            + (tables.postgres() ? " FOR UPDATE SKIP LOCKED" : ""))
                    .bind("now", now).mapTo(String.class).list();
            for (String jobId : overdue) {
                handle.createUpdate("UPDATE " + tables.jobs() + " SET state = 'timed_out', finished_at = :now,"
                                + " error = 'the job ran longer than its time limit' WHERE id = :id AND state = 'running'")
                        .bind("now", now).bind("id", jobId).execute();
                endOpenTasks(handle, jobId, "the job timed out", now);
            }
            return overdue;
        });
    }

    private void endOpenTasks(Handle handle, String jobId, String reason, long now) {
        handle.createUpdate("UPDATE " + tables.tasks() + " SET state = 'cancelled', error = :reason, finished_at = :now,"
                        + " lease_owner = NULL, lease_until = NULL WHERE job_id = :id AND state IN ('queued', 'running')")
                .bind("reason", reason).bind("now", now).bind("id", jobId).execute();
    }

    private void lockJob(Handle handle, String jobId) {
        if (tables.postgres()) {
            // Completions of one job take turns, so exactly one of them sees the last open task close.
            handle.createQuery("SELECT id FROM " + tables.jobs() + " WHERE id = :id FOR UPDATE").bind("id", jobId).mapTo(String.class).findOne();
        }
    }

    /** Ends a running job whose tasks have all ended: completed if any entity succeeded, failed otherwise. */
    private void finishJobIfDone(Handle handle, String jobId, long now) {
        handle.createUpdate("UPDATE " + tables.jobs() + " SET finished_at = :now, state = CASE WHEN EXISTS (SELECT 1 FROM " + tables.tasks()
                        + " d WHERE d.job_id = :id AND d.state = 'done') THEN 'completed' ELSE 'failed' END,"
                        + " error = CASE WHEN EXISTS (SELECT 1 FROM " + tables.tasks() + " d WHERE d.job_id = :id AND d.state = 'done')"
                        + " THEN NULL ELSE 'every entity failed' END"
                        + " WHERE id = :id AND state = 'running' AND NOT EXISTS (SELECT 1 FROM " + tables.tasks()
                        + " o WHERE o.job_id = :id AND o.state IN ('queued', 'running'))")
                .bind("now", now).bind("id", jobId).execute();
    }

    /** A tenant's job, if it exists. */
    public Optional<Job> find(TenantContext tenant, String jobId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM " + tables.jobs() + " WHERE id = :id AND tenant_id = :tenant")
                .bind("id", jobId).bind("tenant", tenant.tenantId())
                .map((rs, ctx) -> job(rs, counts(handle, jobId))).findOne());
    }

    /** A job by id, whatever its tenant (for workers publishing progress). */
    Optional<Job> findAnyTenant(String jobId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM " + tables.jobs() + " WHERE id = :id")
                .bind("id", jobId).map((rs, ctx) -> job(rs, counts(handle, jobId))).findOne());
    }

    /** A tenant's jobs of a kind, newest first. */
    public List<Job> history(TenantContext tenant, String kind, int offset, int limit) {
        return jdbi.withHandle(handle -> {
            List<Job> jobs = new ArrayList<>();
            List<Map<String, Object>> ids = handle.createQuery("SELECT id FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND kind = :kind"
                            + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                    .bind("tenant", tenant.tenantId()).bind("kind", kind).bind("limit", limit).bind("offset", offset).mapToMap().list();
            for (Map<String, Object> row : ids) {
                find(tenant, (String) row.get("id")).ifPresent(jobs::add);
            }
            return jobs;
        });
    }

    /** How many jobs of a kind a tenant has. */
    public int count(TenantContext tenant, String kind) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + tables.jobs() + " WHERE tenant_id = :tenant AND kind = :kind")
                .bind("tenant", tenant.tenantId()).bind("kind", kind).mapTo(Integer.class).one());
    }

    /** The tasks of a tenant's job in submission order. */
    public List<TaskView> tasks(TenantContext tenant, String jobId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT entity_key, state, attempts, result, error FROM " + tables.tasks()
                        + " WHERE job_id = :id AND tenant_id = :tenant ORDER BY seq")
                .bind("id", jobId).bind("tenant", tenant.tenantId())
                .map((rs, ctx) -> new TaskView(rs.getString("entity_key"), TaskState.fromWire(rs.getString("state")), rs.getInt("attempts"),
                        Optional.ofNullable(rs.getString("result")), Optional.ofNullable(rs.getString("error"))))
                .list());
    }

    private TaskCounts counts(Handle handle, String jobId) {
        int[] counts = new int[TaskState.values().length];
        handle.createQuery("SELECT state, COUNT(*) AS n FROM " + tables.tasks() + " WHERE job_id = :id GROUP BY state")
                .bind("id", jobId).mapToMap().forEach(row ->
                        counts[TaskState.fromWire((String) row.get("state")).ordinal()] = ((Number) row.get("n")).intValue());
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return new TaskCounts(total, counts[TaskState.QUEUED.ordinal()], counts[TaskState.RUNNING.ordinal()],
                counts[TaskState.DONE.ordinal()], counts[TaskState.FAILED.ordinal()], counts[TaskState.CANCELLED.ordinal()]);
    }

    private static Job job(ResultSet rs, TaskCounts counts) throws SQLException {
        return new Job(rs.getString("id"), rs.getString("tenant_id"), rs.getString("user_id"), rs.getString("kind"),
                JobState.fromWire(rs.getString("state")), rs.getString("payload"), counts, Optional.ofNullable(rs.getString("error")),
                Instant.ofEpochMilli(rs.getLong("created_at")), optionalInstant(rs, "started_at"), optionalInstant(rs, "finished_at"));
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static ClaimedTask claimedTask(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new ClaimedTask(rs.getString("id"), rs.getString("job_id"), rs.getString("tenant_id"), rs.getString("user_id"),
                Role.valueOf(rs.getString("user_role")), rs.getString("kind"), rs.getString("payload"), rs.getString("entity_key"),
                rs.getInt("attempts"), false);
    }

    private static String truncate(String text) {
        String value = text == null ? "unknown error" : text;
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }
}
