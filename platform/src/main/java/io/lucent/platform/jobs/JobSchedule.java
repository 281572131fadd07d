package io.lucent.platform.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recurring job of a tenant.
 *
 * @param id         the schedule id
 * @param tenantId   its tenant
 * @param name       a name for people
 * @param kind       the job kind it submits
 * @param payload    the job payload (JSON)
 * @param entityKeys the entities of each job
 * @param cron       the cron expression (five fields)
 * @param timeZone   the zone it is evaluated in
 * @param enabled    whether it runs
 * @param nextRunAt  its next run
 * @param lastRunAt  when it last submitted a job
 * @param lastJobId  that job
 * @param missedRuns runs skipped because nothing was running at their time (at most one catch-up run is made)
 */
public record JobSchedule(String id, String tenantId, String name, String kind, String payload, List<String> entityKeys, String cron,
                          String timeZone, boolean enabled, Instant nextRunAt, Optional<Instant> lastRunAt, Optional<String> lastJobId,
                          long missedRuns) {
}
