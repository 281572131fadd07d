package io.lucent.platform.jobs;

import io.dropwizard.lifecycle.Managed;
import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.metadata.TenantDatabase;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on this node: one loop thread claims tasks while a thread of the pool is free, renews the leases of
 * the running ones (and flags those cancelled, timed out or reaped meanwhile), reaps expired leases and overdue
 * jobs of every node, and starts due schedules; the pool threads run the tasks. Any number of workers on any
 * nodes may share one database.
 */
public final class JobWorker implements Managed {

    private static final System.Logger LOG = System.getLogger(JobWorker.class.getName());

    private final JobStore store;
    private final TaskHandlers handlers;
    private final TenantDatabase tenantDatabase;
    private final ProgressBus progress;
    private final WorkSignal signal;
    private final ScheduleRunner schedules;
    private final JobsConfig config;
    private final TenantJobLimits tenantLimits;
    private final java.util.Set<JobEndListener> endListeners;
    private final Clock clock;
    private final String owner;
    private final int threads;
    private final Backoff backoff;
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private volatile boolean stopping;
    private ExecutorService pool;
    private Thread loop;

    public JobWorker(JobStore store, TaskHandlers handlers, TenantDatabase tenantDatabase, ProgressBus progress, WorkSignal signal,
                     ScheduleRunner schedules, JobsConfig config, TenantJobLimits tenantLimits, java.util.Set<JobEndListener> endListeners, Clock clock) {
        this.store = store;
        this.handlers = handlers;
        this.tenantDatabase = tenantDatabase;
        this.progress = progress;
        this.signal = signal;
        this.schedules = schedules;
        this.config = config;
        this.tenantLimits = tenantLimits;
        this.endListeners = java.util.Set.copyOf(endListeners);
        this.clock = clock;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.threads = config.effectiveWorkerThreads();
        this.backoff = new Backoff(config.getBackoffSeconds() * 1000L);
    }

    /** This worker's lease owner name (process and a random suffix). */
    public String owner() {
        return owner;
    }

    @Override
    public synchronized void start() {
        if (loop != null) {
            return;
        }
        AtomicInteger counter = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "lucent-job-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        loop = new Thread(this::loop, "lucent-job-claimer");
        loop.setDaemon(true);
        loop.start();
        LOG.log(System.Logger.Level.INFO, "Job worker " + owner + " started with " + threads + " threads");
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (loop == null) {
            return;
        }
        stopping = true;
        signal.signal();
        loop.join(10_000);
        running.values().forEach(flag -> flag.set(true));
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            pool.shutdownNow();
        }
        loop = null;
    }

    private void loop() {
        long nextHeartbeat = 0;
        long nextReap = 0;
        while (!stopping) {
            try {
                long now = clock.millis();
                if (now >= nextHeartbeat) {
                    heartbeat(now);
                    nextHeartbeat = now + config.getHeartbeatMillis();
                }
                if (now >= nextReap) {
                    reap(now);
                    nextReap = now + config.getReaperSeconds() * 1000L;
                }
                boolean claimed = false;
                while (!stopping && busy.get() < threads) {
                    Optional<ClaimedTask> task = store.claim(owner, clock.millis(), config.getLeaseSeconds() * 1000L, tenantLimits);
                    if (task.isEmpty()) {
                        break;
                    }
                    claimed = true;
                    launch(task.get());
                }
                if (!claimed || busy.get() >= threads) {
                    signal.await(Math.min(config.getPollMillis(), Math.max(1, nextHeartbeat - clock.millis())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Job worker loop: " + e.getMessage(), e);
                try {
                    Thread.sleep(config.getPollMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void heartbeat(long now) {
        store.renewLeases(owner, now + config.getLeaseSeconds() * 1000L);
        for (String lost : store.lostTasks(owner, running.keySet())) {
            AtomicBoolean flag = running.get(lost);
            if (flag != null) {
                flag.set(true);
            }
        }
    }

    private void reap(long now) {
        for (String jobId : store.reapExpiredLeases(now)) {
            publish(jobId, null, null, "a worker stopped responding; its tasks were handed to others");
        }
        for (String jobId : store.timeOutOverdueJobs(now)) {
            publish(jobId, null, null, "the job ran longer than its time limit");
        }
        if (schedules.runDue(now) > 0) {
            signal.signal();
        }
    }

    private void launch(ClaimedTask task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        running.put(task.id(), cancelled);
        busy.incrementAndGet();
        if (task.startedJob()) {
            publish(task.jobId(), null, null, null);
        }
        pool.execute(() -> {
            try {
                execute(task, cancelled);
            } finally {
                running.remove(task.id());
                busy.decrementAndGet();
                signal.signal();
            }
        });
    }

    private void execute(ClaimedTask task, AtomicBoolean cancelled) {
        Optional<TaskHandler> handler = handlers.find(task.kind());
        if (handler.isEmpty()) {
            finishFailed(task, "this node has no handler for jobs of kind '" + task.kind() + "'");
            return;
        }
        TaskOutcome outcome;
        try {
            outcome = handler.get().run(new TaskContext(task, cancelled::get));
        } catch (TransientTaskException e) {
            retry(task, e.getMessage());
            return;
        } catch (Exception e) {
            if (cancelled.get()) {
                return;
            }
            finishFailed(task, message(e));
            return;
        }
        if (cancelled.get()) {
            return;
        }
        try {
            tenantDatabase.inTenant(task.tenant(), handle -> {
                outcome.persist().write(handle);
                return null;
            });
        } catch (RuntimeException e) {
            finishFailed(task, "saving the result failed: " + message(e));
            return;
        }
        if (store.complete(task, owner, outcome.summaryJson(), clock.millis())) {
            publish(task.jobId(), task.entityKey(), TaskState.DONE, null);
        } else {
            LOG.log(System.Logger.Level.INFO, "Task " + task.id() + " was finished elsewhere (cancelled, timed out or its lease"
                    + " passed to another worker); its replaceable result stays with the later run");
        }
    }

    private void retry(ClaimedTask task, String error) {
        long now = clock.millis();
        store.retryOrFail(task, owner, error, now, now + backoff.delayAfter(task.attempt()))
                .filter(state -> state == TaskState.FAILED)
                .ifPresent(state -> publish(task.jobId(), task.entityKey(), TaskState.FAILED, error));
    }

    private void finishFailed(ClaimedTask task, String error) {
        if (store.fail(task, owner, error, clock.millis())) {
            publish(task.jobId(), task.entityKey(), TaskState.FAILED, error);
        }
    }

    private void publish(String jobId, String entity, TaskState outcome, String message) {
        store.findAnyTenant(jobId).ifPresent(job -> publish(job, entity, outcome, message));
    }

    private void publish(Job job, String entity, TaskState outcome, String message) {
        progress.publish(new ProgressEvent(job.id(), job.tenantId(), job.state().wireName(), job.counts(), entity,
                outcome == null ? null : outcome.wireName(), message, clock.millis()));
        if (job.state().terminal()) {
            JobEndListeners.tell(endListeners, job);
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The tasks this worker runs right now (for tests and metrics). */
    public List<String> runningTasks() {
        return List.copyOf(running.keySet());
    }
}
