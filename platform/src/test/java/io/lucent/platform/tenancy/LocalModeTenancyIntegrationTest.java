package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Local mode: one implicit administrator, no account endpoints, and the tenant, limits and audit endpoints on SQLite. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalModeTenancyIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    private LucentTestServer server;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), Files.createDirectories(temp.resolve("plugins")), null, null);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void accountEndpointsDoNotExistLocally() {
        for (String path : List.of("/api/v1/auth/login", "/api/v1/auth/register")) {
            Response response = server.anonymous(path).post(Entity.json(Map.of("email", "a@b.example", "password", "whatever it is")));
            assertThat(response.getStatus()).as(path).isEqualTo(404);
            assertThat(response.readEntity(JSON)).containsEntry("code", "not_found");
        }
        assertThat(server.anonymous("/api/v1/users").get().getStatus()).isEqualTo(404);
        assertThat(server.anonymous("/api/v1/api-keys").get().getStatus()).isEqualTo(404);
    }

    @Test
    void theLocalAdministratorManagesTheTenantAndSeesTheAuditTrail() {
        Map<String, Object> tenant = server.anonymous("/api/v1/tenant").get(JSON);
        assertThat(tenant).containsEntry("id", "local");
        Response renamed = server.anonymous("/api/v1/tenant").put(Entity.json(Map.of("name", "My shop", "settings", Map.of())));
        assertThat(renamed.getStatus()).isEqualTo(200);
        assertThat(renamed.readEntity(JSON)).containsEntry("name", "My shop");
        Map<String, Object> audit = server.anonymous("/api/v1/audit?action=tenant.update").get(JSON);
        assertThat(((Number) audit.get("total")).intValue()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = ((List<Map<String, Object>>) audit.get("items")).get(0);
        assertThat(entry).containsEntry("actorId", "local-admin").containsEntry("resourceId", "local");
    }

    @Test
    void changesThroughAnyFeaturesRoutesAreAudited() {
        Response created = server.anonymous("/api/v1/datasets/sample?days=60").post(Entity.json(Map.of()));
        assertThat(created.getStatus()).isEqualTo(201);
        String datasetId = (String) created.readEntity(JSON).get("id");
        assertThat(server.anonymous("/api/v1/datasets/" + datasetId).delete().getStatus()).isEqualTo(204);
        Map<String, Object> audit = server.anonymous("/api/v1/audit?resourceType=datasets").get(JSON);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) audit.get("items");
        assertThat(items).extracting(item -> item.get("action"))
                .containsExactly("DELETE /api/v1/datasets/{id}", "POST /api/v1/datasets/sample");
        assertThat(items.get(0)).containsEntry("resourceId", datasetId).containsEntry("outcome", "success")
                .containsEntry("actorId", "local-admin").containsEntry("ip", "127.0.0.1");
    }

    @Test
    void limitsComeWithCurrentUsageAndBadSettingsAreRefused() {
        Map<String, Object> limits = server.anonymous("/api/v1/tenant/limits").get(JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) limits.get("limits");
        // The local plan: one person, large batches, a bounded horizon, hourly allowances nobody reaches by hand.
        assertThat(server.anonymous("/api/v1/tenant").get(JSON)).containsEntry("plan", "local");
        assertThat(values).containsEntry("maxUsers", 1).containsEntry("maxHorizon", 1000).containsEntry("maxEntitiesPerBatch", 100000)
                .containsEntry("uploadsPerUserPerHour", 100000).containsEntry("forecastsPerUserPerHour", 100000)
                .containsEntry("maxDatasets", 1000).containsEntry("maxFileBytes", 2147483648L);
        @SuppressWarnings("unchecked")
        Map<String, Object> usage = (Map<String, Object>) limits.get("usage");
        assertThat(usage).containsEntry("users", 1).containsEntry("uploadsThisHour", 0).containsKeys("datasets", "runningForecasts",
                "forecastsThisHour", "tenantUploadsThisHour");
        Response bad = server.anonymous("/api/v1/tenant").put(Entity.json(Map.of("name", "x", "settings", Map.of("colour", "red"))));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(server.anonymous("/api/v1/tenant/usage?from=yesterday").get().getStatus()).isEqualTo(400);
        assertThat(server.anonymous("/api/v1/tenant/usage").get(JSON)).containsKeys("from", "to", "actions");
    }
}
