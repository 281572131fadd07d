package io.lucent.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.core.GenericType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin switched off in the configuration is listed as DISABLED and contributes nothing. */
class DisabledPluginIntegrationTest {

    @Test
    void listsAPluginDisabledInTheConfigurationWithoutItsExtensions(@TempDir Path temp) throws Exception {
        Path plugins = TestPlugins.copyBundled(temp.resolve("plugins"));
        try (LucentTestServer server = LucentTestServer.start(TestMode.LOCAL, temp.resolve("data"), plugins, null, null,
                ConfigOverride.config("plugins.disabled", "export-csv"))) {
            Map<String, Object> body = server.request("/api/v1/plugins").get(new GenericType<Map<String, Object>>() { });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> all = (List<Map<String, Object>>) body.get("plugins");

            Map<String, Object> exporter = all.stream().filter(p -> p.get("id").equals("export-csv")).findFirst().orElseThrow();
            assertThat(exporter.get("state")).isEqualTo("DISABLED");
            assertThat((List<?>) exporter.get("extensions")).isEmpty();
            assertThat(server.request("/api/v1/plugins/extensions/exporter/csv/settings").get().getStatus()).isEqualTo(404);
        }
    }
}
