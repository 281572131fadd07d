package io.lucent.platform.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.extension.ExtensionContext;
import redis.embedded.RedisServer;

/**
 * A real PostgreSQL and a real Redis for SaaS-mode tests, started once per test JVM (kept in JUnit's root
 * store, closed when the test run ends).
 */
public final class ExternalServices implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedPostgres postgres;
    private final RedisServer redis;
    private final int redisPort;

    private ExternalServices() throws IOException {
        this.postgres = EmbeddedPostgres.builder().start();
        this.redisPort = freePort();
        this.redis = new RedisServer(redisPort);
        this.redis.start();
    }

    /** The shared services of this test run. */
    public static ExternalServices get(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ExternalServices.class, key -> {
                    try {
                        return new ExternalServices();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, ExternalServices.class);
    }

    /** Starts a PostgreSQL and a Redis of their own, outside JUnit (benchmarks); close them when done. */
    public static ExternalServices start() throws IOException {
        return new ExternalServices();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    /** Creates a fresh database, so each test class starts from an empty schema. */
    public String createDatabase(String name) {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return jdbcUrl(name);
    }

    public String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            redis.stop();
        } finally {
            postgres.close();
        }
    }
}
