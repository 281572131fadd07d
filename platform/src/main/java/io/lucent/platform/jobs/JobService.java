package io.lucent.platform.jobs;

import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Submits, reads and cancels jobs on behalf of a tenant. Every read is scoped by the tenant: another tenant's
 * job id is reported as not found.
 */
public final class JobService {

    private final JobStore store;
    private final JobsConfig config;
    private final Clock clock;
    private final ProgressBus progress;
    private final WorkSignal signal;
    private final Set<JobEndListener> endListeners;

    public JobService(JobStore store, JobsConfig config, Clock clock, ProgressBus progress, WorkSignal signal) {
        this(store, config, clock, progress, signal, Set.of());
    }

    /** @param endListeners told when a cancellation ends a job */
    public JobService(JobStore store, JobsConfig config, Clock clock, ProgressBus progress, WorkSignal signal, Set<JobEndListener> endListeners) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.progress = progress;
        this.signal = signal;
        this.endListeners = Set.copyOf(endListeners);
    }

    /**
     * Queues a job. Beyond the tenant's concurrency limit it waits; with {@code maxQueuedJobs} already waiting
     * it is refused with 429 and a Retry-After of one poll-and-reap cycle.
     */
    public Job submit(TenantContext tenant, JobSpec spec) {
        String id = store.insert(tenant, spec, new JobStore.SubmitLimits(config.getMaxQueuedJobs(),
                config.getDefaultTimeoutMinutes() * 60_000L, config.getMaxAttempts(), Math.max(1, config.getReaperSeconds())), clock.millis());
        Job job = get(tenant, id);
        progress.publish(new ProgressEvent(id, tenant.tenantId(), job.state().wireName(), job.counts(), null, null, null, clock.millis()));
        signal.signal();
        return job;
    }

    /** A tenant's job; 404 if it has none with that id. */
    public Job get(TenantContext tenant, String jobId) {
        return store.find(tenant, jobId).orElseThrow(() -> LucentException.notFound("Job", jobId));
    }

    /** The job's tasks, one per entity, in submission order. */
    public List<TaskView> tasks(TenantContext tenant, String jobId) {
        get(tenant, jobId);
        return store.tasks(tenant, jobId);
    }

    /** A tenant's jobs of a kind, newest first. */
    public List<Job> history(TenantContext tenant, String kind, int offset, int limit) {
        return store.history(tenant, kind, offset, limit);
    }

    public int count(TenantContext tenant, String kind) {
        return store.count(tenant, kind);
    }

    /**
     * Removes a tenant's jobs for good, whatever their state, e.g. because the data they work on was deleted:
     * queued and running ones are cancelled first (progress listeners and end listeners hear it as for
     * {@link #cancel}), then every one is deleted with its tasks. Ids the tenant has no job for are ignored.
     */
    public void discard(TenantContext tenant, Collection<String> jobIds) {
        for (String jobId : jobIds) {
            if (store.cancel(tenant, jobId, clock.millis())) {
                store.find(tenant, jobId).ifPresent(this::announceCancelled);
            }
        }
        store.delete(tenant, jobIds);
    }

    /** Cancels a queued or running job; 409 if it already ended. */
    public Job cancel(TenantContext tenant, String jobId) {
        get(tenant, jobId); // 404 for a job the tenant does not have
        if (!store.cancel(tenant, jobId, clock.millis())) {
            throw new LucentException(ErrorCode.CONFLICT, "The job already ended as " + get(tenant, jobId).state().wireName(),
                    Map.of("id", jobId, "state", get(tenant, jobId).state().wireName()));
        }
        Job after = get(tenant, jobId);
        announceCancelled(after);
        return after;
    }

    /** Tells progress listeners and end listeners that {@code job} was just cancelled. */
    private void announceCancelled(Job job) {
        progress.publish(new ProgressEvent(job.id(), job.tenantId(), job.state().wireName(), job.counts(), null, null,
                job.error().orElse(null), clock.millis()));
        JobEndListeners.tell(endListeners, job);
    }
}
