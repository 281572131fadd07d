package io.lucent.platform.jobs;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Submits the jobs of due schedules. Missed runs are handled predictably: when a schedule is found due (its
 * time passed while no worker was running, or several times passed at once), exactly one job is submitted
 * for it, the skipped times are counted in {@code missed_runs}, and its next run is the first time strictly
 * after now. Each due schedule is taken under a row lock ({@code SKIP LOCKED} on PostgreSQL) and advanced in
 * the transaction that submits its job, so two nodes never submit the same run.
 */
public final class ScheduleRunner {

    private static final System.Logger LOG = System.getLogger(ScheduleRunner.class.getName());
    /** How many skipped times are counted one by one at most; a schedule asleep longer counts this many. */
    static final int MISSED_COUNT_CAP = 10_000;

    private final Jdbi jdbi;
    private final JobTables tables;
    private final JobStore jobs;
    private final ScheduleStore schedules;
    private final JobStore.SubmitLimits limits;

    public ScheduleRunner(MetadataDatabase database, JobStore jobs, ScheduleStore schedules, JobStore.SubmitLimits limits) {
        this.jdbi = database.jdbi();
        this.tables = JobTables.of(database.dialect());
        this.jobs = jobs;
        this.schedules = schedules;
        this.limits = limits;
    }

    /** Submits a job for every schedule due at {@code now}; returns how many were submitted. */
    public int runDue(long now) {
        return SqliteRetry.run(tables.postgres(), () -> jdbi.inTransaction(handle -> {
            List<JobSchedule> due = handle.createQuery("SELECT * FROM " + tables.schedules() + " WHERE enabled = :enabled AND next_run_at <= :now"
                            + " ORDER BY next_run_at" + (tables.postgres() ? " FOR UPDATE SKIP LOCKED" : ""))
                    .bind("enabled", true).bind("now", now).map((rs, ctx) -> schedules.schedule(rs)).list();
            int submitted = 0;
            for (JobSchedule schedule : due) {
                var owner = handle.createQuery("SELECT user_id, user_role FROM " + tables.schedules() + " WHERE id = :id")
                        .bind("id", schedule.id()).mapToMap().one();
                TenantContext tenant = new TenantContext(schedule.tenantId(), (String) owner.get("user_id"),
                        Role.valueOf((String) owner.get("user_role")));
                CronSchedule cron = CronSchedule.parse(schedule.cron(), schedule.timeZone());
                Instant current = Instant.ofEpochMilli(now);
                long skipped = skippedTimes(cron, schedule.nextRunAt(), current);
                String jobId = null;
                try {
                    JobSpec spec = JobSpec.of(schedule.kind(), schedule.payload(), schedule.entityKeys()).withPriority(JobPriority.BACKGROUND);
                    jobId = jobs.insert(handle, tenant, spec, limits, now);
                    submitted++;
                } catch (LucentException e) {
                    if (e.code() != ErrorCode.RATE_LIMITED) {
                        throw e;
                    }
                    skipped++;
                    LOG.log(System.Logger.Level.WARNING, "Schedule " + schedule.id() + " skipped a run: its tenant's queue is full");
                }
                long next = cron.nextAfter(current).map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
                handle.createUpdate("UPDATE " + tables.schedules() + " SET next_run_at = :next, enabled = :enabled,"
                                + " missed_runs = missed_runs + :skipped WHERE id = :id")
                        .bind("next", next).bind("enabled", next != Long.MAX_VALUE).bind("skipped", skipped).bind("id", schedule.id()).execute();
                if (jobId != null) {
                    handle.createUpdate("UPDATE " + tables.schedules() + " SET last_run_at = :now, last_job_id = :job WHERE id = :id")
                            .bind("now", now).bind("job", jobId).bind("id", schedule.id()).execute();
                }
            }
            return submitted;
        }));
    }

    /** The scheduled times after the due one and up to now, which are skipped in favour of one run. */
    private static long skippedTimes(CronSchedule cron, Instant due, Instant now) {
        long count = 0;
        Instant cursor = due;
        while (count < MISSED_COUNT_CAP) {
            Instant next = cron.nextAfter(cursor).orElse(null);
            if (next == null || next.isAfter(now)) {
                break;
            }
            count++;
            cursor = next;
        }
        return count;
    }
}
