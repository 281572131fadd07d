package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginHost;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.TestPlugins;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the CSV and Excel connectors as the host calls them (loaded from their built zips, through the extension
 * guard and {@link PluginReads}): whatever the bytes, a read either succeeds or fails with a clear client error
 * (422 with a message), never with a plugin bug or an unexpected exception. Runs the seed inputs in
 * {@code ConnectorFuzzTestInputs/} under {@code mvn verify}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ConnectorFuzzTest {

    private static PluginHost host;
    private static Path cache;
    private static final PluginContexts CONTEXTS = new PluginContexts(Clock.systemUTC(), Mode.LOCAL);

    @BeforeAll
    static void loadPlugins() throws Exception {
        Path work = Files.createTempDirectory("lucent-fuzz");
        cache = work.resolve("cache");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (var zips = Files.list(TestPlugins.bundled())) {
            for (Path zip : zips.filter(p -> p.getFileName().toString().matches("lucent-plugin-connector-(csv|excel)-.*\\.zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        host = PluginHost.start(plugins, cache, Set.of());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @FuzzTest(maxDuration = "30s")
    void csvReaderFailsOnlyWithClearClientErrors(byte[] data) {
        read("csv", "fuzz.csv", data);
    }

    @FuzzTest(maxDuration = "30s")
    void xlsxReaderFailsOnlyWithClearClientErrors(byte[] data) {
        read("excel", "fuzz.xlsx", data);
    }

    private static void read(String connectorId, String fileName, byte[] data) {
        Connector connector = host.registry().require(ExtensionKind.CONNECTOR, connectorId, Connector.class);
        var context = CONTEXTS.forCall(TenantContext.LOCAL, connector, Map.of());
        try (TableReader reader = connector.readFile(new FileInput(fileName, new ByteArrayInputStream(data), data.length), context)) {
            long rows = 0;
            while (true) {
                Optional<ColumnBatch> batch = PluginReads.call(reader, connectorId, () -> reader.nextBatch(1000));
                if (batch.isEmpty()) {
                    break;
                }
                assertThat(batch.get().schema()).isEqualTo(reader.schema());
                rows += batch.get().rowCount();
            }
            assertThat(rows + reader.rejectedRows()).isGreaterThanOrEqualTo(0);
        } catch (LucentException e) {
            assertThat(e.code()).as("error code for %s bytes: %s", data.length, e.getMessage()).isIn(ErrorCode.PLUGIN_INVALID_INPUT);
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
