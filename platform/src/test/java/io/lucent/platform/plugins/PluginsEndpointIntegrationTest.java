package io.lucent.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import java.util.function.Supplier;
import io.lucent.platform.testing.ExternalServicesExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same plugin-host tests against a local-mode server (SQLite) and a SaaS-mode server (real PostgreSQL and
 * Redis), each loading the bundled plugins from their built zips next to deliberately broken ones.
 */
@ExtendWith(ExternalServicesExtension.class)
class PluginsEndpointIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;
        Path bundledCount;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            Path pluginDir = TestPlugins.copyBundled(temp.resolve("plugins"));
            TestPlugins.writeGarbageZip(pluginDir, "garbage-1.0.zip");
            TestPlugins.writeZipWithMissingClass(pluginDir, "missing-class");
            TestPlugins.writeZipRequiring(pluginDir, "from-the-future", ">=9.0.0");
            Path bundledZip;
            try (var zips = Files.list(TestPlugins.bundled())) {
                bundledZip = zips.filter(p -> p.getFileName().toString().contains("forecast-baseline")).findFirst().orElseThrow();
            }
            Files.copy(bundledZip, pluginDir.resolve("zz-second-copy-of-forecast-baseline.zip"));
            server = startServer(temp.resolve("data"), pluginDir, services);
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        List<Map<String, Object>> plugins() {
            Map<String, Object> body = server.request("/api/v1/plugins").get(JSON);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> plugins = (List<Map<String, Object>>) body.get("plugins");
            return plugins;
        }

        Map<String, Object> pluginBySource(String fileNamePart) {
            return plugins().stream().filter(p -> ((String) p.get("source")).contains(fileNamePart)).findFirst().orElseThrow();
        }

        @Test
        void listsBundledPluginsAsStartedWithTheirExtensions() {
            Map<String, Object> baseline = pluginBySource("forecast-baseline-");
            assertThat(baseline.get("state")).isEqualTo("STARTED");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> extensions = (List<Map<String, Object>>) baseline.get("extensions");
            assertThat(extensions).extracting(e -> e.get("id")).contains("naive", "snaive", "drift", "mean");
            assertThat(extensions).allSatisfy(e -> {
                assertThat(e.get("kind")).isEqualTo("forecast-method");
                assertThat(map(e.get("settingsSchema"))).containsEntry("type", "object");
            });
        }

        @Test
        void reportsAnUnreadableArchiveAsFailedWithTheReason() {
            Map<String, Object> garbage = pluginBySource("garbage-1.0.zip");
            assertThat(garbage.get("state")).isEqualTo("FAILED");
            assertThat((String) garbage.get("failureReason")).contains("cannot open the plugin archive");
        }

        @Test
        void reportsAPluginWhoseClassIsMissingAsFailed() {
            Map<String, Object> broken = pluginBySource("missing-class");
            assertThat(broken.get("state")).isEqualTo("FAILED");
            assertThat((String) broken.get("failureReason")).isNotBlank();
        }

        @Test
        void refusesAPluginNeedingANewerApiWithBothVersionsInTheReason() {
            Map<String, Object> future = pluginBySource("from-the-future");
            assertThat(future.get("state")).isEqualTo("FAILED");
            assertThat((String) future.get("failureReason")).contains(">=9.0.0").contains(io.lucent.plugin.api.PluginApiVersion.current());
        }

        @Test
        void refusesASecondCopyOfAPluginId() {
            Map<String, Object> copy = pluginBySource("zz-second-copy");
            assertThat(copy.get("state")).isEqualTo("FAILED");
            assertThat((String) copy.get("failureReason")).contains("already loaded");
            assertThat(pluginBySource("forecast-baseline-").get("state")).isEqualTo("STARTED");
        }

        @Test
        void answersUnknownPluginsWithAJsonNotFound() {
            Response response = server.request("/api/v1/plugins/no-such-plugin").get();
            assertThat(response.getStatus()).isEqualTo(404);
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(body).containsKeys("code", "message", "details").containsEntry("code", "not_found");
        }

        @Test
        void validatesSavedExtensionSettingsAgainstTheSchema() {
            Response bad = server.request("/api/v1/plugins/extensions/exporter/csv/settings")
                    .put(Entity.json(Map.of("delimiter", "pipe", "unknown", 1)));
            assertThat(bad.getStatus()).isEqualTo(400);
            Map<String, Object> body = bad.readEntity(JSON);
            assertThat(body.get("code")).isEqualTo("invalid_settings");
            assertThat(map(map(body.get("details")).get("problems"))).containsKeys("delimiter", "unknown");

            Response ok = server.request("/api/v1/plugins/extensions/exporter/csv/settings").put(Entity.json(Map.of("delimiter", "tab")));
            assertThat(ok.getStatus()).isEqualTo(200);
            Map<String, Object> saved = server.request("/api/v1/plugins/extensions/exporter/csv/settings").get(JSON);
            assertThat(map(saved.get("settings"))).containsEntry("delimiter", "tab");
        }

        @Test
        void servesTheOpenApiDescriptionAndTheBrowsablePage() {
            Map<String, Object> openApi = server.anonymous("/api/openapi.json").get(JSON);
            assertThat(map(openApi.get("paths"))).containsKey("/api/v1/plugins");
            assertThat(server.anonymous("/api/docs/").get().getStatus()).isEqualTo(200);
        }

        @Test
        void answersAQueryParameterOfTheWrongTypeWithABadRequestNamingIt() {
            Response response = server.request("/api/v1/datasets?limit=abc").get();
            assertThat(response.getStatus()).isEqualTo(400);
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(body).containsEntry("code", "invalid_request");
            assertThat((String) body.get("message")).contains("'limit'");
            assertThat(map(body.get("details"))).containsEntry("parameter", "limit");
        }

        @Test
        void answersAPathJettyRefusesWithTheJsonErrorBodyNotAnHtmlPage() {
            for (String path : java.util.List.of("/api/v1/plugins/forecast%2Fbaseline", "/api/v1/plugins/a%00b")) {
                Response response = server.request(path).get();
                assertThat(response.getStatus()).as(path).isEqualTo(400);
                assertThat(response.getMediaType().toString()).as(path).startsWith("application/json");
                Map<String, Object> body = response.readEntity(JSON);
                assertThat(body).as(path).containsEntry("code", "invalid_request").containsKeys("message", "details");
            }
            Map<String, Object> slash = server.request("/api/v1/plugins/forecast%2Fbaseline").get().readEntity(JSON);
            assertThat((String) slash.get("message")).contains("Ambiguous URI").contains("query parameter");
        }

        @Test
        void echoesARequestId() {
            Response response = server.request("/api/v1/plugins").header("X-Request-Id", "test-request-0001").get();
            assertThat(response.getHeaderString("X-Request-Id")).isEqualTo("test-request-0001");
        }
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null);
        }

        @Test
        void bindsToLoopbackOnly() {
            var serverFactory = (io.dropwizard.core.server.SimpleServerFactory) server.configuration().getServerFactory();
            var connector = (io.dropwizard.jetty.HttpConnectorFactory) serverFactory.getConnector();
            assertThat(connector.getBindHost()).isEqualTo("127.0.0.1");
        }
    }

    @Nested
    class SaasMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            LucentTestServer saas = LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "plugins_it");
            saas.createTenant("acme");
            saas.createTenant("globex");
            return saas;
        }

        @Test
        void refusesRequestsWithoutAToken() {
            Response response = server.anonymous("/api/v1/plugins").get();
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.readEntity(JSON)).containsEntry("code", "unauthenticated");
        }

        @Test
        void keepsExtensionSettingsPerTenant() {
            TenantContext acme = new TenantContext("acme", "acme-admin", Role.ADMIN);
            TenantContext globex = new TenantContext("globex", "globex-admin", Role.ADMIN);
            server.request("/api/v1/plugins/extensions/exporter/csv/settings", acme).put(Entity.json(Map.of("delimiter", "semicolon"))).close();
            Map<String, Object> seenByGlobex = server.request("/api/v1/plugins/extensions/exporter/csv/settings", globex).get(JSON);
            assertThat(map(seenByGlobex.get("settings"))).isEmpty();
        }

        @Test
        void letsOnlyAdminsSaveSettings() {
            TenantContext viewer = new TenantContext("acme", "acme-viewer", Role.VIEWER);
            Response response = server.request("/api/v1/plugins/extensions/exporter/csv/settings", viewer).put(Entity.json(Map.of()));
            assertThat(response.getStatus()).isEqualTo(403);
        }
    }
}
