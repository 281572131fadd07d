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

/** Rate limits kept in a real Redis: per user and action from the tenant's limits, separate per user and tenant. */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisRateLimiterTest {

    private JedisPooled redis;
    private RateLimiter limiter;
    private String tenantId;

    @BeforeAll
    void start(@TempDir Path temp, Supplier<ExternalServices> services) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + temp.resolve("limits.db"));
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        MetadataDatabase database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
        TenantDirectory tenants = new TenantDirectory(database, new SingleTenantDatabase(database, "unused"), Clock.systemUTC());
        tenantId = tenants.newId();
        database.jdbi().useHandle(handle -> tenants.insert(handle, tenantId, "Limited"));
        tenants.setLimitOverrides(tenantId, Map.of("uploadsPerUserPerHour", 3));
        redis = new JedisPooled(URI.create(services.get().redisUrl()));
        limiter = new RateLimiter(new RedisBuckets(redis), new TenantLimits(new TenancyConfig(), tenants));
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
        assertThat(redis.keys("lucent:rate:t:" + tenantId + ":u:uploader-two:upload")).hasSize(1);
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
