package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented over-limit behaviour over REST, on a node that runs no workers (so nothing leaves the queue):
 * jobs beyond the concurrency limit wait as queued; once a tenant has maxQueuedJobs waiting, the next is refused
 * with 429, the standard error body and Retry-After; cancelling a queued forecast frees its place.
 */
class ForecastQueueLimitIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    @Test
    void aFullQueueAnswers429WithRetryAfterAndCancellingFreesAPlace(@TempDir Path temp) throws Exception {
        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")),
                null, null, ConfigOverride.config("jobs.runWorkers", "false"), ConfigOverride.config("jobs.maxQueuedJobs", "2"),
                ConfigOverride.config("jobs.reaperSeconds", "7"))) {
            String dataset = CsvUpload.dataset(server, "monthly.csv", ForecastWorkflowIntegrationTest.monthlySales());
            Map<String, Object> body = Map.of("datasetId", dataset, "entities", List.of("A-1"), "method", "naive", "horizon", 3);

            Map<String, Object> first = server.request("/api/v1/forecast/run").post(Entity.json(body), JSON);
            server.request("/api/v1/forecast/run").post(Entity.json(body), JSON);
            Response refused = server.request("/api/v1/forecast/run").post(Entity.json(body));
            Map<String, Object> error = refused.readEntity(JSON);

            assertThat(first).containsEntry("state", "queued");
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getHeaderString("Retry-After")).isEqualTo("7");
            assertThat(error).containsEntry("code", "rate_limited").containsKeys("message", "details");
            Map<String, Object> cancelled = server.request("/api/v1/forecast/" + first.get("id") + "/cancel").post(Entity.json(Map.of()), JSON);
            assertThat(cancelled).containsEntry("state", "cancelled").containsEntry("cancelled", 1);
            Response accepted = server.request("/api/v1/forecast/run").post(Entity.json(body));
            assertThat(accepted.getStatus()).isEqualTo(202);
            accepted.close();
        }
    }
}
