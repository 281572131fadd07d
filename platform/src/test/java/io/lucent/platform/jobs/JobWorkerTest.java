package io.lucent.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.config.JobsConfig;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process worker of local mode running real tasks: batches, progress, cancellation, timeouts, limits, retries. */
class JobWorkerTest {

    private static final TenantContext LOCAL = TenantContext.LOCAL;

    @TempDir
    Path directory;

    private MetadataDatabase database;
    private JobsConfig config;

    @BeforeEach
    void setUp() {
        database = JobTestDatabase.create(Dialect.SQLITE, directory, null);
        JobTestDatabase.addTenant(database, "local");
        config = new JobsConfig();
        config.setWorkerThreads(4);
        config.setPollMillis(20);
        config.setHeartbeatMillis(50);
        config.setReaperSeconds(1);
        config.setBackoffSeconds(0);
    }

    private static TaskHandler handler(String kind, Task task) {
        return new TaskHandler() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public TaskOutcome run(TaskContext context) throws Exception {
                return task.run(context);
            }
        };
    }

    private interface Task {
        TaskOutcome run(TaskContext context) throws Exception;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Gave up waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    private static List<String> entities(int count) {
        return IntStream.range(0, count).mapToObj(i -> "e" + i).toList();
    }

    @Test
    void runsEveryEntityOfABatchAndPublishesProgressUpToTheLastEvent() throws Exception {
        CountDownLatch subscribed = new CountDownLatch(1);
        TaskHandler echo = handler("echo", context -> {
            subscribed.await();
            return TaskOutcome.summary("{\"entity\":\"" + context.entityKey() + "\"}");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, echo)) {
            Job job = jobs.service.submit(LOCAL, JobSpec.of("echo", "{}", entities(20)));
            ConcurrentLinkedQueue<ProgressEvent> events = new ConcurrentLinkedQueue<>();
            CountDownLatch last = new CountDownLatch(1);
            try (ProgressBus.Subscription ignored = jobs.progress.subscribe(job.id(), event -> {
                events.add(event);
                if (event.last()) {
                    last.countDown();
                }
            })) {
                subscribed.countDown();
                assertThat(last.await(30, TimeUnit.SECONDS)).isTrue();
            }

            Job done = jobs.service.get(LOCAL, job.id());
            assertThat(done.state()).isEqualTo(JobState.COMPLETED);
            assertThat(done.counts()).isEqualTo(new TaskCounts(20, 0, 0, 20, 0, 0));
            assertThat(events).filteredOn(e -> "done".equals(e.outcome())).extracting(ProgressEvent::entity)
                    .containsExactlyInAnyOrderElementsOf(entities(20));
            assertThat(jobs.service.tasks(LOCAL, job.id())).extracting(t -> t.result().orElseThrow())
                    .contains("{\"entity\":\"e7\"}");
        }
    }

    @Test
    void cancellingARunningJobTellsItsRunningTaskAndEndsTheRest() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch noticed = new CountDownLatch(1);
        config.setWorkerThreads(1);
        TaskHandler patient = handler("patient", context -> {
            started.countDown();
            while (!context.isCancelled()) {
                Thread.sleep(5);
            }
            noticed.countDown();
            throw new IllegalStateException("cancelled");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, patient)) {
            Job job = jobs.service.submit(LOCAL, JobSpec.of("patient", "{}", entities(3)));
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            Job cancelled = jobs.service.cancel(LOCAL, job.id());

            assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
            assertThat(noticed.await(30, TimeUnit.SECONDS)).isTrue();
            await("the worker let go of the task", () -> jobs.worker.runningTasks().isEmpty());
            assertThat(jobs.service.get(LOCAL, job.id()).counts()).isEqualTo(new TaskCounts(3, 0, 0, 0, 0, 3));
        }
    }

    @Test
    void aJobPastItsTimeLimitEndsTimedOutAndItsRunningTaskIsToldToStop() throws Exception {
        CountDownLatch noticed = new CountDownLatch(1);
        TaskHandler endless = handler("endless", context -> {
            while (!context.isCancelled()) {
                Thread.sleep(5);
            }
            noticed.countDown();
            throw new IllegalStateException("stopped");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, endless)) {
            Job job = jobs.service.submit(LOCAL, JobSpec.of("endless", "{}", entities(1)).withTimeout(Duration.ofMillis(300)));

            await("the job timed out", () -> jobs.service.get(LOCAL, job.id()).state() == JobState.TIMED_OUT);

            assertThat(noticed.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(jobs.service.get(LOCAL, job.id()).error()).contains("the job ran longer than its time limit");
        }
    }

    @Test
    void runsNoMoreJobsOfATenantAtOnceThanItsLimitAndQueuesTheRest() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Semaphore release = new Semaphore(0);
        TaskHandler gated = handler("gated", context -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                release.acquire();
            } finally {
                inside.decrementAndGet();
            }
            return TaskOutcome.summary("{}");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, tenant -> 2, gated)) {
            List<Job> submitted = IntStream.range(0, 5).mapToObj(i -> jobs.service.submit(LOCAL, JobSpec.of("gated", "{}", List.of("only")))).toList();
            for (int remaining = 5; remaining > 0; remaining--) {
                int expected = Math.min(2, remaining);
                await(expected + " jobs run", () -> inside.get() == expected);
                long queued = submitted.stream().filter(j -> jobs.service.get(LOCAL, j.id()).state() == JobState.QUEUED).count();
                assertThat(queued).isEqualTo(remaining - expected);
                release.release();
                int left = remaining - 1;
                await("a job finished", () -> submitted.stream().filter(j -> jobs.service.get(LOCAL, j.id()).state().terminal()).count() == 5 - left);
            }

            assertThat(most.get()).isEqualTo(2);
            assertThat(submitted).allSatisfy(j -> assertThat(jobs.service.get(LOCAL, j.id()).state()).isEqualTo(JobState.COMPLETED));
        }
    }

    @Test
    void retriesATransientFailureAndCompletesOnTheNextAttempt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        TaskHandler flaky = handler("flaky", context -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransientTaskException("service busy");
            }
            return TaskOutcome.summary("{\"attempt\":" + context.task().attempt() + "}");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, flaky)) {
            Job job = jobs.service.submit(LOCAL, JobSpec.of("flaky", "{}", List.of("only")));

            await("the job completed", () -> jobs.service.get(LOCAL, job.id()).state() == JobState.COMPLETED);

            assertThat(jobs.service.tasks(LOCAL, job.id())).singleElement().satisfies(task -> {
                assertThat(task.attempts()).isEqualTo(2);
                assertThat(task.result()).contains("{\"attempt\":2}");
            });
        }
    }

    @Test
    void anEntityWhoseHandlerThrowsIsReportedWhileTheOthersComplete() throws Exception {
        TaskHandler picky = handler("picky", context -> {
            if (context.entityKey().equals("e1")) {
                throw new IllegalArgumentException("e1 has only two observations");
            }
            return TaskOutcome.summary("{}");
        });
        try (InProcessWorkers jobs = new InProcessWorkers(database, config, picky)) {
            Job job = jobs.service.submit(LOCAL, JobSpec.of("picky", "{}", entities(4)));

            await("the job ended", () -> jobs.service.get(LOCAL, job.id()).state().terminal());

            assertThat(jobs.service.get(LOCAL, job.id()).state()).isEqualTo(JobState.COMPLETED);
            assertThat(jobs.service.tasks(LOCAL, job.id())).filteredOn(t -> t.state() == TaskState.FAILED).singleElement()
                    .satisfies(t -> {
                        assertThat(t.entityKey()).isEqualTo("e1");
                        assertThat(t.error()).contains("e1 has only two observations");
                    });
        }
    }
}
