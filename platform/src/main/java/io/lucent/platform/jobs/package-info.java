/**
 * The job system: durable jobs in the metadata database, run by workers in this process (local mode) or in any
 * number of processes on any nodes (SaaS mode, {@code lucent worker}).
 *
 * <ul>
 *   <li><b>Source of truth</b>: the shared tables {@code jobs}, {@code job_tasks} (one row per entity) and
 *   {@code job_schedules} (schema {@code lucent} on PostgreSQL), each row naming its tenant. Redis only carries
 *   progress events ({@link io.lucent.platform.jobs.RedisProgressBus}), which may be lost.</li>
 *   <li><b>Claiming</b>: a task is claimed with a lease ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL; on SQLite
 *   one process owns the file). Highest priority first (interactive single-entity jobs before batches, then
 *   scheduled work); within a priority the tenant with the fewest running tasks, then the oldest job.</li>
 *   <li><b>Leases and the reaper</b>: workers renew their leases every heartbeat; any worker's reaper hands tasks
 *   whose lease expired back to the queue (or fails them after their last attempt), so a killed worker's tasks
 *   run again elsewhere. A task is completed only by the worker still holding its lease, and a task's results are
 *   written keyed by job and entity, so each entity ends up done exactly once even when it ran twice.</li>
 *   <li><b>Per-tenant concurrency</b> (the tenant's {@code maxConcurrentForecasts} from its plan or operator
 *   override, {@link io.lucent.platform.tenancy.TenantLimits}; standard plan 3): further jobs of the tenant
 *   <em>wait in the queue</em> (never 429 for that alone); once a tenant has {@code jobs.maxQueuedJobs} (default 100) waiting, the next
 *   submission is refused with 429 and a Retry-After header.</li>
 *   <li><b>Timeouts</b>: a job's deadline runs from its start; past it the job ends as {@code timed_out}, its open
 *   tasks are cancelled and running handlers see {@link io.lucent.platform.jobs.TaskContext#isCancelled()}.
 *   <b>Cancellation</b> works the same way with state {@code cancelled}.</li>
 *   <li><b>Retries</b>: a handler throwing {@link io.lucent.platform.jobs.TransientTaskException} is retried after
 *   {@code backoffSeconds}, doubling per attempt (at most five minutes), up to {@code maxAttempts}. Any other
 *   exception fails that entity only; a job with at least one done entity completes.</li>
 *   <li><b>Schedules</b>: five-field cron expressions in the schedule's time zone. A schedule found due submits
 *   exactly one job however many times were missed; the skipped times are counted in {@code missed_runs}.</li>
 * </ul>
 */
package io.lucent.platform.jobs;
