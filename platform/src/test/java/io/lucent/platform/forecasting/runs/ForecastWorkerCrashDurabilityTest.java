package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.LucentApplication;
import io.lucent.platform.metadata.SqlIdentifiers;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import io.lucent.platform.testing.TestTokens;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise with real forecasts in SaaS mode: an API server that runs no jobs takes a 200-entity
 * batch over REST; two {@code lucent worker} processes (separate JVMs of the real application) share the
 * database, Redis and the dataset store (the local-directory store on one shared directory); one worker is
 * killed with SIGKILL while it holds tasks; the other takes over its expired leases and the batch completes
 * with every entity forecast and stored exactly once.
 */
@ExtendWith(ExternalServicesExtension.class)
class ForecastWorkerCrashDurabilityTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final int ENTITIES = 200;
    private static final int MONTHS = 48;
    private static final int HORIZON = 6;
    private static final String METHOD = "ets";

    @TempDir
    Path directory;

    @Test
    void aRealForecastBatchSurvivesAWorkerKilledMidwayWithEveryEntityDoneExactlyOnce(Supplier<ExternalServices> services) throws Exception {
        long started = System.nanoTime();
        Path datasets = Files.createDirectories(directory.resolve("shared-datasets"));
        List<String> entities = IntStream.range(0, ENTITIES).mapToObj(i -> String.format(Locale.ROOT, "SKU-%03d", i)).toList();
        List<Process> workers = new ArrayList<>();
        try (LucentTestServer server = LucentTestServer.start(TestMode.SAAS, directory.resolve("api"),
                TestPlugins.copyBundled(directory.resolve("api-plugins")), services.get(), "forecast_durability",
                ConfigOverride.config("jobs.runWorkers", "false"),
                ConfigOverride.config("datasets.directory", datasets.toString()),
                ConfigOverride.config("tenancy.plans.standard.maxEntitiesPerBatch", Integer.toString(ENTITIES)))) {
            server.createTenant("acme");
            String databaseUrl = server.configuration().getDatabase().getUrl();
            workers.add(startWorker("first", databaseUrl, services.get().redisUrl(), datasets));
            workers.add(startWorker("second", databaseUrl, services.get().redisUrl(), datasets));
            awaitUntil("both workers are running", 120, () -> {
                requireAlive(workers);
                return logSays("first", "Job worker") && logSays("second", "Job worker");
            });

            String datasetId = CsvUpload.dataset(server, "skus.csv", monthlySales(entities));
            Response submitted = server.request("/api/v1/forecast/batch")
                    .post(Entity.json(Map.of("datasetId", datasetId, "method", METHOD, "horizon", HORIZON)));
            Map<String, Object> queued = submitted.readEntity(JSON);
            assertThat(submitted.getStatus()).as("%s", queued).isEqualTo(202);
            String forecastId = (String) queued.get("id");

            Process victim = workers.get(0);
            try (Connection db = DriverManager.getConnection(databaseUrl, "postgres", "postgres")) {
                awaitUntil("the batch is under way and the first worker holds tasks", 120, () -> {
                    requireAlive(workers);
                    int done = doneTasks(db, forecastId);
                    assertThat(done).as("the batch ended before the kill").isLessThan(ENTITIES * 3 / 4);
                    return done >= 20 && !heldBy(db, forecastId, victim).isEmpty();
                });
                victim.destroyForcibly();
                assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
                long killedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                int doneAtKill = doneTasks(db, forecastId);
                Set<String> orphaned = heldBy(db, forecastId, victim);
                // Almost always non-empty: the worker held tasks a moment ago. It may rarely have finished them in the
                // milliseconds before the kill; exactly-once must hold either way, so an empty set is not a failure.

                Map<String, Object> status = awaitEnd(server, forecastId);

                assertThat(status).containsEntry("state", "completed").containsEntry("done", ENTITIES).containsEntry("failed", 0);
                Map<String, Integer> attempts = attempts(db, forecastId);
                assertThat(attempts.keySet()).containsExactlyInAnyOrderElementsOf(entities);
                Map<String, Integer> resultRows = resultRows(db, forecastId);
                assertThat(resultRows.keySet()).containsExactlyInAnyOrderElementsOf(entities);
                List<String> duplicated = resultRows.entrySet().stream().filter(e -> e.getValue() != 1).map(Map.Entry::getKey).toList();
                assertThat(duplicated).as("entities with more than one stored result").isEmpty();
                // Every entity ran once, except those the killed worker held: they ran once more, on the survivor.
                attempts.forEach((entity, count) -> assertThat(count).as("attempts of %s", entity).isEqualTo(orphaned.contains(entity) ? 2 : 1));
                List<String> spotChecks = new ArrayList<>(orphaned);
                spotChecks.addAll(List.of(entities.get(0), entities.get(ENTITIES - 1)));
                for (String entity : spotChecks) {
                    Map<String, Object> result = server.request("/api/v1/results/entity/" + datasetId + "/" + entity).get(JSON);
                    assertThat(result).containsEntry("entityId", entity).containsEntry("method", METHOD);
                    assertThat((List<?>) ((Map<?, ?>) result.get("forecast")).get("point")).hasSize(HORIZON);
                }
                Map<String, Object> page = server.request("/api/v1/results/" + forecastId + "/data?offset=0&limit=1").get(JSON);
                assertThat(((Number) page.get("total")).intValue()).isEqualTo(ENTITIES * (MONTHS * 2 + HORIZON));
                System.out.printf(Locale.ROOT, "Durability: %d entities, method %s, 1 worker killed (SIGKILL) after %d ms with %d done"
                                + " and %d held; %d tasks re-run; duplicates %d; total %.1f s%n", ENTITIES, METHOD, killedAfterMillis, doneAtKill,
                        orphaned.size(), orphaned.size(), duplicated.size(), (System.nanoTime() - started) / 1e9);
            }
        } finally {
            for (Process worker : workers) {
                worker.destroyForcibly();
            }
        }
    }

    /** Monthly sales with a trend and a yearly pattern, different per entity. */
    private static byte[] monthlySales(List<String> entities) {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Entity_Name,Volume\n");
        for (int e = 0; e < entities.size(); e++) {
            for (int m = 0; m < MONTHS; m++) {
                double value = 50 + e + 8 * Math.sin(2 * Math.PI * (m + e) / 12) + 0.3 * m + ((m * 7 + e * 3) % 5);
                csv.append(LocalDate.of(2021, 1, 1).plusMonths(m)).append(',').append(entities.get(e)).append(",Item ").append(e)
                        .append(',').append(String.format(Locale.ROOT, "%.2f", value)).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> awaitEnd(LucentTestServer server, String id) throws Exception {
        List<Map<String, Object>> last = new ArrayList<>();
        awaitUntil("the batch ended", 180, () -> {
            last.add(0, server.request("/api/v1/forecast/status/" + id).get(JSON));
            return !List.of("queued", "running").contains(last.get(0).get("state"));
        });
        return last.get(0);
    }

    private static int doneTasks(Connection db, String jobId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM lucent.job_tasks WHERE job_id = ? AND state = 'done'")) {
            query.setString(1, jobId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** Entities whose running task is leased by the given worker process (lease owners begin "pid@host"). */
    private static Set<String> heldBy(Connection db, String jobId, Process worker) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT entity_key FROM lucent.job_tasks WHERE job_id = ? AND state = 'running'"
                + " AND lease_owner LIKE ?")) {
            query.setString(1, jobId);
            query.setString(2, worker.pid() + "@%");
            Set<String> entities = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    entities.add(rows.getString(1));
                }
            }
            return entities;
        }
    }

    private static Map<String, Integer> attempts(Connection db, String jobId) throws SQLException {
        return counts(db, "SELECT entity_key, attempts FROM lucent.job_tasks WHERE job_id = ?", jobId);
    }

    /** Stored result rows per entity, read from the tenant's own schema. */
    private static Map<String, Integer> resultRows(Connection db, String forecastId) throws SQLException {
        return counts(db, "SELECT entity_id, COUNT(*) FROM " + SqlIdentifiers.quote(SqlIdentifiers.tenantSchema("acme")) + ".forecast_results WHERE forecast_id = ? GROUP BY entity_id",
                forecastId);
    }

    private static Map<String, Integer> counts(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, id);
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        }
    }

    /** Starts {@code lucent worker config/saas.yml} as its own JVM, with its own cache directory and plugins copy. */
    private Process startWorker(String name, String databaseUrl, String redisUrl, Path datasets) throws IOException {
        Path data = Files.createDirectories(directory.resolve(name));
        Path plugins = TestPlugins.copyBundled(directory.resolve(name + "-plugins"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-Ddw.dataDirectory=" + data,
                "-Ddw.plugins.directory=" + plugins,
                "-Ddw.datasets.directory=" + datasets,
                "-Ddw.database.url=" + databaseUrl,
                "-Ddw.database.user=postgres",
                "-Ddw.database.password=postgres",
                "-Ddw.redis.url=" + redisUrl,
                "-Ddw.auth.jwtSecret=" + TestTokens.SECRET,
                "-Ddw.smtp.host=127.0.0.1",
                "-Ddw.smtp.port=2525",
                "-Ddw.smtp.from=lucent@test.invalid",
                "-Ddw.jobs.workerThreads=2",
                "-Ddw.jobs.leaseSeconds=2",
                "-Ddw.jobs.heartbeatMillis=300",
                "-Ddw.jobs.reaperSeconds=1",
                "-Ddw.jobs.pollMillis=50",
                LucentApplication.class.getName(), "worker",
                Path.of(System.getProperty("lucent.test.config"), "saas.yml").toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(directory.resolve(name + ".log").toFile()).start();
    }

    private boolean logSays(String worker, String text) throws IOException {
        Path log = directory.resolve(worker + ".log");
        return Files.exists(log) && Files.readString(log).contains(text);
    }

    private void requireAlive(List<Process> workers) throws IOException {
        if (!workers.stream().allMatch(Process::isAlive)) {
            throw new AssertionError("A worker process ended early" + logTails());
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void awaitUntil(String what, int seconds, Check check) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Gave up waiting until " + what + logTails());
            }
            Thread.sleep(20);
        }
    }

    private String logTails() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("first", "second")) {
            Path log = directory.resolve(name + ".log");
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log);
                logs.append("\n--- ").append(name).append(" ---\n")
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        }
        return logs.toString();
    }
}
