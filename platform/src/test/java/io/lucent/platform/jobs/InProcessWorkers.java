package io.lucent.platform.jobs;

import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.SingleTenantDatabase;
import java.time.Clock;
import java.util.Set;

/** A local-mode job system (SQLite, in-memory progress, one in-process worker) for tests. */
final class InProcessWorkers implements AutoCloseable {

    final JobService service;
    final JobWorker worker;
    final InMemoryProgressBus progress = new InMemoryProgressBus();
    final JobStore store;

    InProcessWorkers(MetadataDatabase database, JobsConfig config, TaskHandler... handlers) {
        this(database, config, tenant -> 3, handlers);
    }

    /** With each tenant's running-jobs limit from {@code tenantLimits}. */
    InProcessWorkers(MetadataDatabase database, JobsConfig config, TenantJobLimits tenantLimits, TaskHandler... handlers) {
        this.store = new JobStore(database);
        WorkSignal signal = new WorkSignal();
        JobStore.SubmitLimits limits = new JobStore.SubmitLimits(config.getMaxQueuedJobs(), config.getDefaultTimeoutMinutes() * 60_000L,
                config.getMaxAttempts(), config.getReaperSeconds());
        ScheduleRunner schedules = new ScheduleRunner(database, store, new ScheduleStore(database, io.dropwizard.jackson.Jackson.newObjectMapper()), limits);
        this.service = new JobService(store, config, Clock.systemUTC(), progress, signal);
        this.worker = new JobWorker(store, new TaskHandlers(Set.of(handlers)), new SingleTenantDatabase(database, "local"), progress, signal,
                schedules, config, tenantLimits, Set.of(), Clock.systemUTC());
        worker.start();
    }

    @Override
    public void close() throws InterruptedException {
        worker.stop();
    }
}
