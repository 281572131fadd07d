package io.lucent.platform.jobs;

import static io.lucent.platform.jobs.JobStoreFixture.ACME;
import static io.lucent.platform.jobs.JobStoreFixture.GLOBEX;
import static io.lucent.platform.jobs.JobStoreFixture.LEASE;
import static io.lucent.platform.jobs.JobStoreFixture.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The job table's state changes, on SQLite (local mode) and PostgreSQL (SaaS mode), with explicit times. */
@ExtendWith(ExternalServicesExtension.class)
class JobStoreTest {

    @TempDir
    Path directory;

    private JobStore store(Dialect dialect, Supplier<ExternalServices> services) {
        return JobStoreFixture.store(dialect, directory, services);
    }

    private static JobSpec batch(String... entities) {
        return JobSpec.of("test", "{}", List.of(entities));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void claimsInteractiveTasksBeforeBatchTasksSubmittedEarlier(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        store.insert(ACME, batch("a", "b", "c"), LIMITS, 0);
        store.insert(ACME, batch("single"), LIMITS, 1);

        assertThat(store.claim("w1", 2, LEASE, 3)).map(ClaimedTask::entityKey).contains("single");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void onlyTheClaimThatStartsAJobSaysSoEvenWhenAnotherTaskIsRetried(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        store.insert(ACME, batch("a", "b", "c"), LIMITS, 0);

        ClaimedTask first = store.claim("w1", 10, LEASE, 3).orElseThrow();
        store.retryOrFail(first, "w1", "flaky", 11, 11);
        List<Boolean> later = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            later.add(store.claim("w1", 20, LEASE, 3).orElseThrow().startedJob());
        }

        assertThat(first.startedJob()).isTrue();
        assertThat(later).containsExactly(false, false, false);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void alternatesBetweenTenantsWithinOnePriority(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        store.insert(ACME, batch("a1", "a2", "a3", "a4"), LIMITS, 0);
        store.insert(GLOBEX, batch("g1", "g2", "g3", "g4"), LIMITS, 1);

        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            tenants.add(store.claim("w1", 10, LEASE, 3).orElseThrow().tenantId());
        }

        assertThat(tenants).containsExactly("acme", "globex", "acme", "globex", "acme", "globex");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void keepsJobsBeyondTheTenantLimitQueuedUntilOneEnds(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String first = store.insert(ACME, batch("x"), LIMITS, 0);
        String second = store.insert(ACME, batch("y"), LIMITS, 1);
        store.insert(GLOBEX, batch("z"), LIMITS, 2);

        ClaimedTask running = store.claim("w1", 10, LEASE, 1).orElseThrow();
        ClaimedTask other = store.claim("w1", 10, LEASE, 1).orElseThrow();

        assertThat(running.jobId()).isEqualTo(first);
        assertThat(other.tenantId()).isEqualTo("globex");
        assertThat(store.claim("w1", 10, LEASE, 1)).isEmpty();
        assertThat(store.find(ACME, second).orElseThrow().state()).isEqualTo(JobState.QUEUED);

        store.complete(running, "w1", "{}", 20);

        assertThat(store.claim("w1", 30, LEASE, 1)).map(ClaimedTask::jobId).contains(second);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refusesAJobWhenTheTenantQueueIsFullWithRetryAfter(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        JobStore.SubmitLimits two = new JobStore.SubmitLimits(2, 60_000, 3, 7);
        store.insert(ACME, batch("a"), two, 0);
        store.insert(ACME, batch("b"), two, 0);

        assertThatThrownBy(() -> store.insert(ACME, batch("c"), two, 0))
                .isInstanceOfSatisfying(LucentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.details()).containsEntry("retryAfterSeconds", 7);
                });
        assertThat(store.insert(GLOBEX, batch("c"), two, 0)).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void handsAnExpiredLeaseToAnotherWorkerAndRefusesTheLateCompletion(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String job = store.insert(ACME, batch("only"), LIMITS, 0);
        ClaimedTask lost = store.claim("dead-worker", 0, LEASE, 3).orElseThrow();

        assertThat(store.reapExpiredLeases(LEASE - 1)).isEmpty();
        assertThat(store.reapExpiredLeases(LEASE + 1)).containsExactly(job);
        ClaimedTask retaken = store.claim("live-worker", LEASE + 2, LEASE, 3).orElseThrow();

        assertThat(retaken.attempt()).isEqualTo(2);
        assertThat(store.lostTasks("dead-worker", List.of(lost.id()))).containsExactly(lost.id());
        assertThat(store.complete(lost, "dead-worker", "{\"by\":\"dead\"}", LEASE + 3)).isFalse();
        assertThat(store.complete(retaken, "live-worker", "{\"by\":\"live\"}", LEASE + 4)).isTrue();
        assertThat(store.complete(retaken, "live-worker", "{\"by\":\"again\"}", LEASE + 5)).isFalse();
        assertThat(store.tasks(ACME, job)).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TaskState.DONE);
            assertThat(task.result()).contains("{\"by\":\"live\"}");
        });
        assertThat(store.find(ACME, job).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void retriesATransientFailureAfterItsBackoffThenFailsAfterTheLastAttempt(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        JobStore.SubmitLimits twoAttempts = new JobStore.SubmitLimits(100, 60_000, 2, 5);
        String job = store.insert(ACME, batch("flaky"), twoAttempts, 0);

        ClaimedTask first = store.claim("w1", 0, LEASE, 3).orElseThrow();
        assertThat(store.retryOrFail(first, "w1", "busy", 10, 2_010)).contains(TaskState.QUEUED);
        assertThat(store.claim("w1", 2_009, LEASE, 3)).isEmpty();
        ClaimedTask second = store.claim("w1", 2_010, LEASE, 3).orElseThrow();
        assertThat(store.retryOrFail(second, "w1", "still busy", 2_020, 6_020)).contains(TaskState.FAILED);

        assertThat(store.find(ACME, job).orElseThrow()).satisfies(j -> {
            assertThat(j.state()).isEqualTo(JobState.FAILED);
            assertThat(j.error()).contains("every entity failed");
        });
        assertThat(store.tasks(ACME, job)).singleElement().satisfies(task -> {
            assertThat(task.attempts()).isEqualTo(2);
            assertThat(task.error()).contains("still busy");
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void endsAJobPastItsDeadlineAsTimedOutAndTakesItsTasksBack(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String job = store.insert(ACME, batch("slow", "waiting").withTimeout(Duration.ofSeconds(1)), LIMITS, 0);
        ClaimedTask slow = store.claim("w1", 100, LEASE, 3).orElseThrow();

        assertThat(store.timeOutOverdueJobs(1_100)).isEmpty();
        assertThat(store.timeOutOverdueJobs(1_101)).containsExactly(job);

        assertThat(store.find(ACME, job).orElseThrow()).satisfies(j -> {
            assertThat(j.state()).isEqualTo(JobState.TIMED_OUT);
            assertThat(j.counts().cancelled()).isEqualTo(2);
        });
        assertThat(store.lostTasks("w1", List.of(slow.id()))).containsExactly(slow.id());
        assertThat(store.complete(slow, "w1", "{}", 1_200)).isFalse();
        assertThat(store.claim("w1", 1_300, LEASE, 3)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void cancellingEndsQueuedAndRunningTasksAndOnlyTheOwnTenantMayCancel(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String job = store.insert(ACME, batch("a", "b", "c"), LIMITS, 0);
        ClaimedTask running = store.claim("w1", 10, LEASE, 3).orElseThrow();

        assertThat(store.cancel(GLOBEX, job, 20)).isFalse();
        assertThat(store.cancel(ACME, job, 20)).isTrue();
        assertThat(store.cancel(ACME, job, 30)).isFalse();

        assertThat(store.find(ACME, job).orElseThrow()).satisfies(j -> {
            assertThat(j.state()).isEqualTo(JobState.CANCELLED);
            assertThat(j.counts()).isEqualTo(new TaskCounts(3, 0, 0, 0, 0, 3));
        });
        assertThat(store.find(GLOBEX, job)).isEmpty();
        assertThat(store.complete(running, "w1", "{}", 40)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aFailingEntityDoesNotFailItsBatch(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String job = store.insert(ACME, batch("good", "bad"), LIMITS, 0);
        ClaimedTask good = store.claim("w1", 10, LEASE, 3).orElseThrow();
        ClaimedTask bad = store.claim("w1", 10, LEASE, 3).orElseThrow();

        store.fail(bad, "w1", "too short", 20);
        assertThat(store.find(ACME, job).orElseThrow().state()).isEqualTo(JobState.RUNNING);
        store.complete(good, "w1", "{}", 30);

        assertThat(store.find(ACME, job).orElseThrow()).satisfies(j -> {
            assertThat(j.state()).isEqualTo(JobState.COMPLETED);
            assertThat(j.counts()).isEqualTo(new TaskCounts(2, 0, 0, 1, 1, 0));
            assertThat(j.finishedAt()).isPresent();
        });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anIdempotencyKeyReturnsTheFirstJobInsteadOfASecond(Dialect dialect, Supplier<ExternalServices> services) {
        JobStore store = store(dialect, services);
        String first = store.insert(ACME, batch("a").withIdempotencyKey("k-1"), LIMITS, 0);
        String again = store.insert(ACME, batch("a", "b").withIdempotencyKey("k-1"), LIMITS, 5);
        String otherTenant = store.insert(GLOBEX, batch("a").withIdempotencyKey("k-1"), LIMITS, 5);

        assertThat(again).isEqualTo(first);
        assertThat(otherTenant).isNotEqualTo(first);
        assertThat(store.tasks(ACME, first)).hasSize(1);
        assertThat(store.claim("w1", 10, LEASE, 3)).map(ClaimedTask::jobId).isEqualTo(Optional.of(first));
    }
}
