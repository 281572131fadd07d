package io.lucent.platform.wiring;

import com.codahale.metrics.health.HealthCheck;
import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.datasets.copies.DeletionBroadcast;
import io.lucent.platform.datasets.copies.LocalCopies;
import io.lucent.platform.datasets.copies.RedisDeletionBroadcast;
import io.lucent.platform.jobs.ProgressBus;
import io.lucent.platform.jobs.RedisProgressBus;
import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SchemaPerTenantDatabase;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.auth.AuthModule;
import io.lucent.platform.ratelimit.Buckets;
import io.lucent.platform.ratelimit.RedisBuckets;
import io.lucent.platform.tenancy.JwtSecret;
import io.lucent.platform.tenancy.TenantDirectory;
import java.net.URI;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import redis.clients.jedis.JedisPooled;

/**
 * SaaS mode: PostgreSQL with a schema per tenant, Redis (revocations, rate limits), accounts with bearer tokens and API
 * keys ({@link AuthModule}), mail. Refuses to start half-configured.
 */
public final class SaasModeModule extends AbstractModule {

    private final LucentConfiguration config;

    public SaasModeModule(LucentConfiguration config) {
        this.config = config;
        if (!config.getDatabase().getUrl().startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("SaaS mode needs PostgreSQL: set LUCENT_DB_URL to a jdbc:postgresql: URL");
        }
        if (config.getRedis().getUrl().isBlank()) {
            throw new IllegalStateException("SaaS mode needs Redis: set LUCENT_REDIS_URL (redis://host:port)");
        }
    }

    @Override
    protected void configure() {
        bind(JwtSecret.class).toInstance(JwtSecret.from(config.getAuth()));
        install(new AuthModule());
    }

    @Provides
    @Singleton
    Buckets rateLimitBuckets(JedisPooled redis) {
        return new RedisBuckets(redis);
    }

    @Provides
    @Singleton
    MetadataDatabase metadataDatabase(Environment environment) {
        ManagedDataSource dataSource = DataSources.postgres(config.getDatabase(), environment.metrics());
        environment.lifecycle().manage(dataSource);
        Migrations.migrateShared(dataSource, Dialect.POSTGRES);
        return new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.POSTGRES);
    }

    @Provides
    @Singleton
    TenantDatabase tenantDatabase(MetadataDatabase database) {
        return new SchemaPerTenantDatabase(database);
    }

    @Provides
    @Singleton
    JedisPooled redis(Environment environment) {
        JedisPooled jedis = new JedisPooled(URI.create(config.getRedis().getUrl()));
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                jedis.close();
            }
        });
        environment.healthChecks().register("redis", new HealthCheck() {
            @Override
            protected Result check() {
                return "PONG".equals(jedis.ping()) ? Result.healthy() : Result.unhealthy("no PONG");
            }
        });
        return jedis;
    }

    @Provides
    @Singleton
    ProgressBus progressBus(JedisPooled redis, ObjectMapper json, Environment environment) {
        RedisProgressBus bus = new RedisProgressBus(redis, json);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                bus.close();
            }
        });
        return bus;
    }

    @Provides
    @Singleton
    DeletionBroadcast deletionBroadcast(JedisPooled redis, ObjectMapper json, Provider<Set<LocalCopies>> copies, Environment environment) {
        RedisDeletionBroadcast broadcast = new RedisDeletionBroadcast(redis, json, copies);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                broadcast.close();
            }
        });
        return broadcast;
    }

    @Provides
    @Singleton
    ModeStartup startup(TenantDirectory tenants, JedisPooled redis) {
        return () -> {
            redis.ping();
            tenants.migrateAll();
        };
    }
}
