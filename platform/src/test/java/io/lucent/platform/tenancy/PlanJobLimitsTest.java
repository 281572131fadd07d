package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The job system's per-tenant concurrency is the tenant's maxConcurrentForecasts, read again after a few seconds. */
class PlanJobLimitsTest {

    /** A clock the test moves. */
    private static final class StepClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void followsThePlanAndOperatorOverridesWithinTheFreshnessWindow(@TempDir Path temp) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + temp.resolve("lucent.db"));
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        MetadataDatabase database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
        TenantDirectory tenants = new TenantDirectory(database, new SingleTenantDatabase(database, "unused"), Clock.systemUTC());
        database.jdbi().useHandle(handle -> tenants.insert(handle, "acme", "Acme"));
        StepClock clock = new StepClock();
        PlanJobLimits limits = new PlanJobLimits(new TenantLimits(new TenancyConfig(), tenants), clock);

        assertThat(limits.maxRunningJobs("acme")).as("the standard plan").isEqualTo(3);
        tenants.setLimitOverrides("acme", Map.of("maxConcurrentForecasts", 7));
        assertThat(limits.maxRunningJobs("acme")).as("still the answer read a moment ago").isEqualTo(3);
        clock.now = clock.now.plus(PlanJobLimits.FRESH_FOR);
        assertThat(limits.maxRunningJobs("acme")).isEqualTo(7);
        tenants.setPlan("acme", TenancyConfig.LOCAL_PLAN);
        tenants.setLimitOverrides("acme", Map.of());
        clock.now = clock.now.plus(PlanJobLimits.FRESH_FOR);
        assertThat(limits.maxRunningJobs("acme")).as("the local plan").isEqualTo(TenancyConfig.PlanLimitsConfig.local().maxConcurrentForecasts);
    }
}
