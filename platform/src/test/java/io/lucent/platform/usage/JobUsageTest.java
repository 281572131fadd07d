package io.lucent.platform.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.jobs.Job;
import io.lucent.platform.jobs.JobState;
import io.lucent.platform.jobs.TaskCounts;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.LocalMetadata;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job's end becomes one usage record of its submitter (entities done, start to end), however often it is reported. */
class JobUsageTest {

    @TempDir
    Path temp;

    private UsageRecorder usage;

    @BeforeEach
    void setUp() {
        usage = new UsageRecorder(LocalMetadata.create(temp, Clock.systemUTC()).tenantDatabase(), Clock.systemUTC());
    }

    private static Job ended(String id, int done, int failed) {
        Instant start = Instant.now().minusSeconds(60);
        return new Job(id, "local", "local-admin", "forecast", JobState.COMPLETED, "{}", new TaskCounts(done + failed, 0, 0, done, failed, 0),
                Optional.empty(), start.minusSeconds(5), Optional.of(start), Optional.of(start.plusMillis(1_500)));
    }

    @Test
    void recordsEachEndedJobOnceWithItsDoneEntitiesAndRunningTime() {
        JobUsage jobs = new JobUsage(usage);
        Job job = ended("4a0c8e0e-5c4e-4f0e-9d7e-111111111111", 7, 2);

        jobs.ended(job);
        jobs.ended(job);
        jobs.ended(ended("4a0c8e0e-5c4e-4f0e-9d7e-222222222222", 1, 0));

        List<UsageRecorder.ActionTotal> totals = usage.summaryOfUser(TenantContext.LOCAL, "local-admin", Instant.now().minusSeconds(600),
                Instant.now().plusSeconds(1));
        assertThat(totals).containsExactly(new UsageRecorder.ActionTotal("forecast", 2, 7 + 1, 0, 1_500 * 2));
    }
}
