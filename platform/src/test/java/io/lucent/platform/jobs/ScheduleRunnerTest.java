package io.lucent.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.jackson.Jackson;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Recurring jobs: cron in the tenant's zone, one catch-up run for missed times, no double submission. */
@ExtendWith(ExternalServicesExtension.class)
class ScheduleRunnerTest {

    private static final TenantContext ACME = new TenantContext("acme", "ann", Role.ANALYST);
    private static final JobStore.SubmitLimits LIMITS = new JobStore.SubmitLimits(100, 60_000, 3, 5);

    @TempDir
    Path directory;

    private record Fixture(JobStore jobs, ScheduleStore schedules, ScheduleRunner runner) {
    }

    private Fixture fixture(Dialect dialect, Supplier<ExternalServices> services, JobStore.SubmitLimits limits) {
        MetadataDatabase database = JobTestDatabase.create(dialect, directory, services);
        JobTestDatabase.addTenant(database, "acme");
        JobStore jobs = new JobStore(database);
        ScheduleStore schedules = new ScheduleStore(database, Jackson.newObjectMapper());
        return new Fixture(jobs, schedules, new ScheduleRunner(database, jobs, schedules, limits));
    }

    @Test
    void evaluatesTheCronExpressionInTheScheduleTimeZone() {
        CronSchedule sixInNewYork = CronSchedule.parse("0 6 * * *", "America/New_York");

        assertThat(sixInNewYork.nextAfter(Instant.parse("2026-01-15T12:00:00Z"))).contains(Instant.parse("2026-01-16T11:00:00Z"));
        assertThat(sixInNewYork.nextAfter(Instant.parse("2026-07-15T12:00:00Z"))).contains(Instant.parse("2026-07-16T10:00:00Z"));
    }

    @Test
    void refusesMalformedExpressionsAndUnknownZonesWithA400() {
        assertThatThrownBy(() -> CronSchedule.parse("every monday", "UTC"))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        assertThatThrownBy(() -> CronSchedule.parse("0 6 * * *", "Mars/Olympus"))
                .isInstanceOfSatisfying(LucentException.class, e -> assertThat(e.getMessage()).contains("Mars/Olympus"));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void submitsOneJobForSeveralMissedTimesAndCountsTheSkippedOnes(Dialect dialect, Supplier<ExternalServices> services) {
        Fixture fixture = fixture(dialect, services, LIMITS);
        Instant created = Instant.parse("2026-03-02T08:10:00Z");
        JobSchedule hourly = fixture.schedules().create(ACME, "hourly sync", "test", "{\"x\":1}", List.of("e1", "e2"),
                CronSchedule.parse("0 * * * *", "Europe/Berlin"), created);
        assertThat(hourly.nextRunAt()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));

        Instant late = Instant.parse("2026-03-02T11:30:00Z");
        assertThat(fixture.runner().runDue(late.toEpochMilli())).isEqualTo(1);
        assertThat(fixture.runner().runDue(late.toEpochMilli())).isZero();

        JobSchedule after = fixture.schedules().find(ACME, hourly.id()).orElseThrow();
        assertThat(after.missedRuns()).isEqualTo(2);
        assertThat(after.nextRunAt()).isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
        assertThat(after.lastRunAt()).contains(late);
        Job job = fixture.jobs().find(ACME, after.lastJobId().orElseThrow()).orElseThrow();
        assertThat(job.kind()).isEqualTo("test");
        assertThat(job.payload()).isEqualTo("{\"x\":1}");
        assertThat(job.counts().total()).isEqualTo(2);
        assertThat(job.userId()).isEqualTo("ann");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aRunRefusedByAFullQueueCountsAsMissedAndTheScheduleMovesOn(Dialect dialect, Supplier<ExternalServices> services) {
        Fixture fixture = fixture(dialect, services, new JobStore.SubmitLimits(1, 60_000, 3, 5));
        fixture.jobs().insert(ACME, JobSpec.of("test", "{}", List.of("blocking")), LIMITS, 0);
        JobSchedule daily = fixture.schedules().create(ACME, "daily", "test", "{}", List.of("e"),
                CronSchedule.parse("30 2 * * *", "UTC"), Instant.parse("2026-03-02T00:00:00Z"));

        assertThat(fixture.runner().runDue(Instant.parse("2026-03-02T02:31:00Z").toEpochMilli())).isZero();

        JobSchedule after = fixture.schedules().find(ACME, daily.id()).orElseThrow();
        assertThat(after.missedRuns()).isEqualTo(1);
        assertThat(after.lastJobId()).isEmpty();
        assertThat(after.nextRunAt()).isEqualTo(Instant.parse("2026-03-03T02:30:00Z"));
    }
}
