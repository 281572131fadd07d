package io.lucent.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.config.TenancyConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import io.lucent.platform.tenancy.TenantLimits;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import redis.clients.jedis.JedisPooled;

/** Rate limits kept in a real Redis: per user and per tenant and action from the tenant's limits, separate per user and tenant. */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisRateLimiterTest {

    private JedisPooled redis;
    private RateLimiter limiter;
    private String tenantId;
    private TenantDirectory tenants;
    private TenantLimits limits;
    private MetadataDatabase database;

    @BeforeAll
    void start(@TempDir Path temp, Supplier<ExternalServices> services) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + temp.resolve("limits.db"));
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
        tenants = new TenantDirectory(database, new SingleTenantDatabase(database, "unused"), Clock.systemUTC());
        tenantId = tenants.newId();
        database.jdbi().useHandle(handle -> tenants.insert(handle, tenantId, "Limited"));
        tenants.setLimitOverrides(tenantId, Map.of("uploadsPerUserPerHour", 3));
        redis = new JedisPooled(URI.create(services.get().redisUrl()));
        limits = new TenantLimits(new TenancyConfig(), tenants);
        limiter = new RateLimiter(new RedisBuckets(redis), limits);
    }

    @AfterAll
    void stop() {
        redis.close();
    }

    @Test
    void theFourthUploadInAnHourGets429WithRetryAfter() {
        TenantContext user = new TenantContext(tenantId, "uploader-one", Role.ANALYST);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(user, RateLimitedAction.UPLOAD);
        }
        assertThatThrownBy(() -> limiter.acquire(user, RateLimitedAction.UPLOAD))
                .isInstanceOfSatisfying(LucentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(((Number) e.details().get("retryAfterSeconds")).longValue()).isBetween(1L, 3601L);
                    assertThat(e.details()).containsEntry("limit", 3).containsEntry("action", "upload");
                });
        limiter.acquire(user, RateLimitedAction.FORECAST);
    }

    @Test
    void eachUserAndEachTenantHasItsOwnAllowance() {
        TenantContext first = new TenantContext(tenantId, "uploader-two", Role.ANALYST);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(first, RateLimitedAction.UPLOAD);
        }
        limiter.acquire(new TenantContext(tenantId, "uploader-three", Role.ANALYST), RateLimitedAction.UPLOAD);
        assertThat(redis.keys("lucent:rate:t:" + tenantId + ":u:uploader-two:upload:3")).hasSize(1);
    }

    @Test
    void theTenantsAllowanceIsSharedByItsUsersAndDefaultsToThePerUserOneTimesMaxUsers() {
        assertThat(limits.of(tenantId).uploadsPerTenantPerHour()).isEqualTo(3 * 10);
        String shared = tenants.newId();
        database.jdbi().useHandle(handle -> tenants.insert(handle, shared, "Shared"));
        tenants.setLimitOverrides(shared, Map.of("forecastsPerUserPerHour", 5, "forecastsPerTenantPerHour", 3));
        limiter.acquire(new TenantContext(shared, "first", Role.ANALYST), RateLimitedAction.FORECAST);
        limiter.acquire(new TenantContext(shared, "first", Role.ANALYST), RateLimitedAction.FORECAST);
        TenantContext second = new TenantContext(shared, "second", Role.ANALYST);
        limiter.acquire(second, RateLimitedAction.FORECAST);

        assertThatThrownBy(() -> limiter.acquire(second, RateLimitedAction.FORECAST))
                .isInstanceOfSatisfying(LucentException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.details()).containsEntry("scope", "tenant").containsEntry("limit", 3).containsEntry("action", "forecast");
                    assertThat(e.getMessage()).contains("organization").contains("3 forecasts per hour");
                });
        assertThat(limiter.used(second, RateLimitedAction.FORECAST)).isEqualTo(new RateLimiter.Used(2, 5, 3, 3));
    }

    @Test
    void aKeyedLimitIsSharedByEveryLimiterOnTheSameRedis() {
        RateLimiter otherNode = new RateLimiter(new RedisBuckets(redis), null);
        limiter.acquire("login:shared-test", 2, Duration.ofMinutes(1));
        otherNode.acquire("login:shared-test", 2, Duration.ofMinutes(1));
        assertThatThrownBy(() -> limiter.acquire("login:shared-test", 2, Duration.ofMinutes(1)))
                .isInstanceOf(LucentException.class).hasMessageContaining("Too many requests");
    }
}
