package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Local mode with a password: the API and the admin pages on the same port both need it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalPasswordIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final String PASSWORD = "only-the-owner-knows";

    private LucentTestServer server;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), Files.createDirectories(temp.resolve("plugins")), null, null,
                ConfigOverride.config("auth.localPassword", PASSWORD));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("anyone:" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theApiNeedsThePassword() {
        assertThat(server.anonymous("/api/v1/tenant").get().getStatus()).isEqualTo(401);
        assertThat(server.anonymous("/api/v1/tenant").header("Authorization", basic("guess")).get().getStatus()).isEqualTo(401);
        assertThat(server.anonymous("/api/v1/tenant").header("Authorization", basic(PASSWORD)).get().getStatus()).isEqualTo(200);
    }

    @Test
    void operatorTasksNeedThePasswordAndChangeNothingWithout() {
        Response refused = server.anonymousAdmin("/tasks/tenant-limits?id=local&maxHorizon=5").post(Entity.text(""));
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getHeaderString("WWW-Authenticate")).startsWith("Basic");
        assertThat(refused.readEntity(JSON)).containsEntry("code", "unauthenticated");
        assertThat(server.anonymousAdmin("/tasks/tenant-limits?id=local&maxHorizon=5").header("Authorization", basic("guess"))
                .post(Entity.text("")).getStatus()).isEqualTo(401);

        Map<String, Object> limits = server.anonymous("/api/v1/tenant/limits").header("Authorization", basic(PASSWORD)).get(JSON);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) limits.get("limits");
        assertThat(values).containsEntry("maxHorizon", 1000);

        Response allowed = server.anonymousAdmin("/tasks/log-level?logger=io.lucent&level=INFO").header("Authorization", basic(PASSWORD))
                .post(Entity.text(""));
        assertThat(allowed.getStatus()).isEqualTo(200);
    }

    @Test
    void metricsAndHealthChecksNeedThePassword() {
        assertThat(server.anonymousAdmin("/metrics").get().getStatus()).isEqualTo(401);
        assertThat(server.anonymousAdmin("/healthcheck").get().getStatus()).isEqualTo(401);
        assertThat(server.anonymousAdmin("/healthcheck").header("Authorization", basic(PASSWORD)).get().getStatus()).isEqualTo(200);
    }
}
