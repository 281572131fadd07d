package io.lucent.platform.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import io.dropwizard.core.setup.Environment;
import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;

/**
 * The job system's bindings. Feature modules add their handlers with
 * {@code Multibinder.newSetBinder(binder(), TaskHandler.class).addBinding().to(X.class)}, and whatever must happen
 * when a job ends as a {@link JobEndListener} the same way. The progress bus
 * comes from the mode module. This node runs a {@link JobWorker} when {@code jobs.runWorkers} is on (the
 * {@code worker} command turns it on).
 */
public final class JobsModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), TaskHandler.class);
        Multibinder.newSetBinder(binder(), JobEndListener.class);
        bind(WorkSignal.class).in(Singleton.class);
        bind(WorkerRegistration.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    JobsConfig jobsConfig(LucentConfiguration config) {
        return config.getJobs();
    }

    @Provides
    @Singleton
    JobStore jobStore(MetadataDatabase database) {
        return new JobStore(database);
    }

    @Provides
    @Singleton
    ScheduleStore scheduleStore(MetadataDatabase database, ObjectMapper json) {
        return new ScheduleStore(database, json);
    }

    @Provides
    @Singleton
    TaskHandlers taskHandlers(Set<TaskHandler> handlers) {
        return new TaskHandlers(handlers);
    }

    @Provides
    @Singleton
    JobService jobService(JobStore store, JobsConfig config, Clock clock, ProgressBus progress, WorkSignal signal,
                          Set<JobEndListener> endListeners) {
        return new JobService(store, config, clock, progress, signal, endListeners);
    }

    @Provides
    @Singleton
    ScheduleRunner scheduleRunner(MetadataDatabase database, JobStore jobs, ScheduleStore schedules, JobsConfig config) {
        return new ScheduleRunner(database, jobs, schedules, new JobStore.SubmitLimits(config.getMaxQueuedJobs(),
                config.getDefaultTimeoutMinutes() * 60_000L, config.getMaxAttempts(), config.getReaperSeconds()));
    }

    @Provides
    @Singleton
    JobWorker jobWorker(JobStore store, TaskHandlers handlers, TenantDatabase tenantDatabase, ProgressBus progress, WorkSignal signal,
                        ScheduleRunner schedules, JobsConfig config, TenantJobLimits tenantLimits, Set<JobEndListener> endListeners, Clock clock) {
        return new JobWorker(store, handlers, tenantDatabase, progress, signal, schedules, config, tenantLimits, endListeners, clock);
    }

    /** Starts and stops this node's worker with the application, when it runs one. */
    static final class WorkerRegistration {
        @Inject
        WorkerRegistration(JobsConfig config, Environment environment, com.google.inject.Provider<JobWorker> worker) {
            if (config.isRunWorkers()) {
                environment.lifecycle().manage(new io.dropwizard.lifecycle.Managed() {
                    @Override
                    public void start() {
                        worker.get().start();
                    }

                    @Override
                    public void stop() throws InterruptedException {
                        worker.get().stop();
                    }
                });
            }
        }
    }
}
