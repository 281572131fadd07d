package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.plugins.PluginHost;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.TestPlugins;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB skipping records with the wrong number of fields ({@link RejectedRecords}) against the CSV connector
 * reading the same file: on random files whose bad records come after the connector's sample (too few fields,
 * extra fields blank or not, lines of blanks, quoted line breaks, LF or CRLF), whenever the skipped records are
 * judged to stand, DuckDB keeps exactly the rows the connector keeps and reports exactly its problems.
 */
class SkippedRecordsDifferentialTest {

    private static final PluginContexts CONTEXTS = new PluginContexts(Clock.systemUTC(), Mode.LOCAL);
    private static final int ROWS = 10_100;

    private static PluginHost host;

    @TempDir
    Path directory;

    @BeforeAll
    static void loadCsvConnector() throws Exception {
        Path work = Files.createTempDirectory("lucent-skipped-records");
        Path plugins = Files.createDirectories(work.resolve("plugins"));
        try (var zips = Files.list(TestPlugins.bundled())) {
            for (Path zip : zips.filter(p -> p.getFileName().toString().matches("lucent-plugin-connector-csv-.*\\.zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
        host = PluginHost.start(plugins, work.resolve("cache"), Set.of());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void keepsTheRowsAndReportsTheProblemsTheConnectorDoesWheneverItsSkippingStands() throws Exception {
        Connector connector = host.registry().require(ExtensionKind.CONNECTOR, "csv", Connector.class);
        int judgedToStand = 0;
        for (int seed = 1; seed <= 24; seed++) {
            Path file = directory.resolve("random-" + seed + ".csv");
            Files.writeString(file, randomFile(new SplittableRandom(seed)), StandardCharsets.UTF_8);
            try (DuckDBConnection duckdb = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = duckdb.createStatement()) {
                DelimitedLayout layout;
                try (TableReader reader = open(connector, file)) {
                    layout = reader.delimitedLayout().orElseThrow(() -> new AssertionError("the connector describes a clean sample"));
                }
                statement.execute("CREATE TABLE skipped AS " + DelimitedQuery.of(layout, file, true).orElseThrow());
                Optional<RejectedRecords.Skipped> skipped = RejectedRecords.judge(statement, file, layout, 100);
                if (skipped.isEmpty()) {
                    continue;
                }
                judgedToStand++;
                LoadResult connectorLoad;
                try (TableReader reader = open(connector, file)) {
                    connectorLoad = TableLoader.load(reader, "csv", duckdb, "connector", Long.MAX_VALUE);
                }
                assertThat(skipped.get().records()).as("seed %d", seed).isEqualTo(connectorLoad.rejectedRows());
                assertThat(skipped.get().first()).as("seed %d", seed).isEqualTo(connectorLoad.problems());
                assertThat(count(statement, "SELECT * FROM skipped")).as("seed %d", seed).isEqualTo(connectorLoad.rows());
                assertThat(count(statement, "SELECT * FROM skipped EXCEPT ALL SELECT * FROM connector")).as("seed %d", seed).isZero();
                assertThat(count(statement, "SELECT * FROM connector EXCEPT ALL SELECT * FROM skipped")).as("seed %d", seed).isZero();
            }
        }
        assertThat(judgedToStand).as("files whose skipped records stood").isGreaterThanOrEqualTo(8);
    }

    private static TableReader open(Connector connector, Path file) throws Exception {
        InputStream in = Files.newInputStream(file);
        return connector.readFile(new FileInput(file.getFileName().toString(), in, Files.size(file), Optional.of(file)),
                CONTEXTS.forCall(TenantContext.LOCAL, connector, Map.of()));
    }

    private static long count(Statement statement, String query) throws Exception {
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM (" + query + ")")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A clean sample, then rows some of which are bad in one of several ways. */
    private static String randomFile(SplittableRandom random) {
        String end = random.nextBoolean() ? "\n" : "\r\n";
        // Half the files have only kinds of bad records that DuckDB's skipping stands for.
        int kinds = random.nextBoolean() ? 3 : 8;
        StringBuilder csv = new StringBuilder("id,name,amount,day").append(end);
        for (int i = 0; i < ROWS; i++) {
            String name = switch (random.nextInt(20)) {
                case 0 -> "\"Smith, J\"";
                case 1 -> "\"two" + end + "lines\"";
                default -> "item " + random.nextInt(500);
            };
            String row = i + "," + name + "," + random.nextInt(100_000) / 100.0 + ",2024-0" + (1 + random.nextInt(9)) + "-1"
                    + random.nextInt(10);
            if (i > 10_010 && random.nextInt(15) == 0) {
                row = switch (random.nextInt(kinds)) {
                    case 0 -> i + "," + name;
                    case 1 -> row + ",stray";
                    case 2 -> "";
                    case 3 -> row + ",";
                    case 4 -> row + ",  ";
                    case 5 -> "   ";
                    case 6 -> row + ",\"\"";
                    default -> row + ",\"quoted stray\"";
                };
            }
            csv.append(row).append(end);
        }
        return csv.toString();
    }
}
