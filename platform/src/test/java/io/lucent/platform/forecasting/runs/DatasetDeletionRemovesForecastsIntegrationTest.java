package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.metadata.SqlIdentifiers;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting a dataset over REST removes every forecast computed from it, in local mode (SQLite) and SaaS mode
 * (PostgreSQL, Redis): finished forecasts answer 404 wherever they were shown (results, entity results, the latest
 * forecast of an entity, downloads, status, history) and their rows are gone; a forecast still queued when its
 * dataset goes is removed from the queue and never produces results; other datasets' and other tenants'
 * forecasts stay.
 */
@ExtendWith(ExternalServicesExtension.class)
class DatasetDeletionRemovesForecastsIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        Path temp;
        Supplier<ExternalServices> services;
        String keptDataset;
        String keptForecast;

        /** A server of this mode on {@code dataDir}; with {@code workers} false it queues jobs but runs none. */
        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, boolean workers) throws Exception;

        /**
         * A server with workers on {@code first}'s data: another node of its deployment (SaaS), or the next server
         * on its data directory once it stopped (local).
         */
        abstract LucentTestServer nextServer(LucentTestServer first, Path dataDir, Path pluginDir) throws Exception;

        /** The metadata database of {@code server}, for checking rows no API shows. */
        abstract Jdbi database(LucentTestServer server);

        /** A tenant-owned table's name as seen from the shared connection. */
        abstract String tenantTable(String table);

        /** A shared table's name. */
        abstract String sharedTable(String table);

        /** Prepares what {@link #otherTenantsAreUntouched()} checks (SaaS only). */
        void afterStart() throws Exception {
        }

        /** Checks that deleting in the default tenant did not touch another tenant's forecasts (SaaS only). */
        void otherTenantsAreUntouched() {
        }

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            this.temp = temp;
            this.services = services;
            server = startServer(temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), true);
            keptDataset = CsvUpload.dataset(server, "kept.csv", ForecastWorkflowIntegrationTest.monthlySales());
            keptForecast = finishedBatch(server, keptDataset);
            afterStart();
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        @Test
        void aFinishedForecastOfADeletedDatasetAnswers404EverywhereAndItsRowsAreGone() throws Exception {
            String dataset = CsvUpload.dataset(server, "doomed.csv", ForecastWorkflowIntegrationTest.monthlySales());
            String batch = finishedBatch(server, dataset);
            String single = submit(server, "/api/v1/forecast/run", Map.of("datasetId", dataset, "entities", List.of("C-3"), "method", "naive",
                    "horizon", 2));
            assertThat(ForecastStatuses.awaitEnd(server, single)).containsEntry("state", "completed");
            assertThat(server.request("/api/v1/results/entity/" + dataset + "/B-2").get().getStatus()).isEqualTo(200);

            assertThat(server.request("/api/v1/datasets/" + dataset).delete().getStatus()).isEqualTo(204);

            for (String id : List.of(batch, single)) {
                for (String path : List.of("/api/v1/results/" + id, "/api/v1/results/" + id + "/summary", "/api/v1/results/" + id + "/data",
                        "/api/v1/results/" + id + "/metrics", "/api/v1/results/" + id + "/cv", "/api/v1/results/" + id + "/entities/C-3",
                        "/api/v1/results/download/" + id + "?format=csv", "/api/v1/results/download/" + id + "?format=xlsx",
                        "/api/v1/forecast/status/" + id)) {
                    assertNotFound(server.request(path).get(), path);
                }
                assertThat(rows(tenantTable("forecast_results") + " WHERE forecast_id = '" + id + "'")).isZero();
                assertThat(rows(tenantTable("forecast_runs") + " WHERE id = '" + id + "'")).isZero();
                assertThat(rows(sharedTable("jobs") + " WHERE id = '" + id + "'")).isZero();
                assertThat(rows(sharedTable("job_tasks") + " WHERE job_id = '" + id + "'")).isZero();
            }
            for (String entity : List.of("A-1", "B-2", "C-3")) {
                assertNotFound(server.request("/api/v1/results/entity/" + dataset + "/" + entity).get(), entity);
            }
            Map<String, Object> history = server.request("/api/v1/forecast/history?limit=500").get(JSON);
            assertThat(ForecastWorkflowIntegrationTest.list(history.get("items")))
                    .extracting(item -> ForecastWorkflowIntegrationTest.map(item.get("run")).get("datasetId")).doesNotContain(dataset);

            assertThat(server.request("/api/v1/results/" + keptForecast).get().getStatus()).isEqualTo(200);
            assertThat(server.request("/api/v1/results/entity/" + keptDataset + "/B-2").get().getStatus()).isEqualTo(200);
            otherTenantsAreUntouched();
        }

        @Test
        void aForecastQueuedWhenItsDatasetIsDeletedLeavesTheQueueAndNeverProducesResults() throws Exception {
            Path dataDir = temp.resolve("queued-data");
            Path plugins = TestPlugins.copyBundled(temp.resolve("queued-plugins"));
            String queued;
            String other;
            LucentTestServer noWorkers = startServer(dataDir, plugins, false);
            try {
                String dataset = CsvUpload.dataset(noWorkers, "doomed.csv", ForecastWorkflowIntegrationTest.monthlySales());
                other = CsvUpload.dataset(noWorkers, "other.csv", ForecastWorkflowIntegrationTest.monthlySales());
                queued = submit(noWorkers, "/api/v1/forecast/batch", Map.of("datasetId", dataset, "method", "naive", "horizon", 2));
                assertThat(noWorkers.request("/api/v1/forecast/status/" + queued).get(JSON)).containsEntry("state", "queued");

                assertThat(noWorkers.request("/api/v1/datasets/" + dataset).delete().getStatus()).isEqualTo(204);
                assertThat(rows(noWorkers, sharedTable("job_tasks") + " WHERE job_id = '" + queued + "'")).isZero();
            } finally {
                if (server.mode() == TestMode.LOCAL) {
                    noWorkers.close();
                }
            }
            // A node with workers now runs the queue: a forecast submitted after the deleted one's ends, and nothing
            // was left for the deleted one to run.
            try (LucentTestServer workers = nextServer(noWorkers, dataDir, plugins)) {
                String after = submit(workers, "/api/v1/forecast/batch", Map.of("datasetId", other, "method", "naive", "horizon", 2));
                assertThat(ForecastStatuses.awaitEnd(workers, after)).containsEntry("state", "completed");

                assertNotFound(workers.request("/api/v1/forecast/status/" + queued).get(), "status");
                assertThat(rows(workers, tenantTable("forecast_results") + " WHERE forecast_id = '" + queued + "'")).isZero();
                assertThat(rows(workers, sharedTable("jobs") + " WHERE id = '" + queued + "'")).isZero();
            } finally {
                if (server.mode() == TestMode.SAAS) {
                    noWorkers.close();
                }
            }
        }

        int rows(String from) {
            return rows(server, from);
        }

        int rows(LucentTestServer on, String from) {
            return database(on).withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + from).mapTo(Integer.class).one());
        }

        static String finishedBatch(LucentTestServer on, String dataset) throws InterruptedException {
            String id = submit(on, "/api/v1/forecast/batch", Map.of("datasetId", dataset, "method", "snaive", "horizon", 3));
            assertThat(ForecastStatuses.awaitEnd(on, id)).containsEntry("state", "completed");
            return id;
        }

        static String submit(LucentTestServer on, String path, Map<String, Object> body) {
            Response response = on.request(path).post(Entity.json(body));
            Map<String, Object> answer = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", answer).isEqualTo(202);
            return (String) answer.get("id");
        }

        static void assertNotFound(Response response, String what) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s: %s", what, body).isEqualTo(404);
            assertThat(body).containsKeys("code", "message", "details");
        }
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, boolean workers) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null,
                    ConfigOverride.config("jobs.runWorkers", Boolean.toString(workers)));
        }

        @Override
        LucentTestServer nextServer(LucentTestServer first, Path dataDir, Path pluginDir) throws Exception {
            return startServer(dataDir, pluginDir, true);
        }

        @Override
        Jdbi database(LucentTestServer on) {
            return Jdbi.create("jdbc:sqlite:" + on.configuration().dataPath().resolve("lucent.db"));
        }

        @Override
        String tenantTable(String table) {
            return table;
        }

        @Override
        String sharedTable(String table) {
            return table;
        }
    }

    @Nested
    class SaasMode extends Contract {
        private static final TenantContext OTHER = new TenantContext("globex", "globex-admin", Role.ADMIN);
        private int databases;
        private String otherDataset;
        private String otherForecast;

        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, boolean workers) throws Exception {
            LucentTestServer started = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(),
                    "dataset_deletion_" + databases++, ConfigOverride.config("jobs.runWorkers", Boolean.toString(workers)));
            started.createTenant("acme");
            started.createTenant(OTHER.tenantId());
            return started;
        }

        @Override
        LucentTestServer nextServer(LucentTestServer first, Path dataDir, Path pluginDir) throws Exception {
            // The same data directory: the datasets are in a local-directory store, which nodes share here as they would a volume.
            return LucentTestServer.startNode(first, dataDir, TestPlugins.copyBundled(temp.resolve("worker-plugins")), services.get(),
                    ConfigOverride.config("jobs.runWorkers", "true"));
        }

        @Override
        Jdbi database(LucentTestServer on) {
            return Jdbi.create(on.configuration().getDatabase().getUrl(), "postgres", "postgres");
        }

        @Override
        String tenantTable(String table) {
            return SqlIdentifiers.tenantSchema("acme") + "." + table;
        }

        @Override
        String sharedTable(String table) {
            return "lucent." + table;
        }

        @Override
        void afterStart() throws Exception {
            otherDataset = uploadAs(OTHER);
            String id = (String) server.request("/api/v1/forecast/batch", OTHER)
                    .post(Entity.json(Map.of("datasetId", otherDataset, "method", "snaive", "horizon", 3))).readEntity(JSON).get("id");
            long end = System.nanoTime() + 120_000_000_000L;
            while (List.of("queued", "running").contains(server.request("/api/v1/forecast/status/" + id, OTHER).get(JSON).get("state"))) {
                assertThat(System.nanoTime()).as("the other tenant's forecast ends").isLessThan(end);
                Thread.sleep(50);
            }
            otherForecast = id;
        }

        @Override
        void otherTenantsAreUntouched() {
            assertThat(server.request("/api/v1/results/" + otherForecast, OTHER).get().getStatus()).isEqualTo(200);
            assertThat(server.request("/api/v1/results/entity/" + otherDataset + "/B-2", OTHER).get().getStatus()).isEqualTo(200);
        }

        private String uploadAs(TenantContext tenant) {
            return CsvUpload.dataset(server, tenant, "other.csv", ForecastWorkflowIntegrationTest.monthlySales());
        }
    }
}
