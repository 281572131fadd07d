package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the live-connector contract on a connector compiled in the test whose live source is a directory of
 * text files (one table per file, one row per line, access guarded by a token file): a correct connector
 * passes, one that ignores the fetch offset fails the paging check.
 */
class LiveConnectorContractTest {

    private static final String DIRECTORY_CONNECTOR = """
            package test.plugin;

            import io.lucent.plugin.api.*;
            import io.lucent.plugin.api.connector.*;
            import io.lucent.plugin.api.data.*;
            import io.lucent.plugin.api.settings.*;
            import java.io.IOException;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.*;
            import java.util.*;
            import java.util.stream.*;

            @org.pf4j.Extension
            public final class DirectoryConnector implements Connector {
                private static final TableSchema SCHEMA = TableSchema.of(new Column("line", ColumnType.TEXT));

                public String id() { return "directory"; }
                public String displayName() { return "Text files in a directory"; }
                public Set<ConnectorCapability> capabilities() { return Set.of(ConnectorCapability.LIVE); }
                public SettingsSchema settingsSchema() {
                    return SettingsSchema.of(SettingDescriptor.string("directory", "Directory").asRequired(),
                            SettingDescriptor.secret("token", "Access token"));
                }

                public void testConnection(PluginContext context) { root(context); }

                public List<TableInfo> listTables(PluginContext context) {
                    try (Stream<Path> files = Files.list(root(context))) {
                        return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted()
                                .map(n -> new TableInfo(n.substring(0, n.length() - 4), "")).toList();
                    } catch (IOException e) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Cannot list the directory.", e);
                    }
                }

                public TableSchema describeTable(String table, PluginContext context) {
                    file(table, context);
                    return SCHEMA;
                }

                public TableReader fetch(FetchRequest request, PluginContext context) {
                    String table = request.tableIfAny().orElseThrow(() ->
                            new PluginException(PluginException.Kind.UNSUPPORTED, "Queries are not supported."));
                    List<String> lines;
                    try {
                        lines = Files.readAllLines(file(table, context), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Cannot read table " + table + ".", e);
                    }
                    Iterator<String> rows = lines.stream()%PAGING%.iterator();
                    return new TableReader() {
                        public TableSchema schema() { return SCHEMA; }
                        public Optional<ColumnBatch> nextBatch(int maxRows) {
                            ColumnBatch.Builder batch = ColumnBatch.builder(SCHEMA);
                            while (rows.hasNext() && batch.rowCount() < Math.min(maxRows, request.batchSize())) {
                                batch.addRow(rows.next());
                            }
                            return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
                        }
                        public void close() { }
                    };
                }

                private static Path root(PluginContext context) {
                    Path root = Path.of(context.settings().string("directory"));
                    if (!Files.isDirectory(root)) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "The directory does not exist.");
                    }
                    try {
                        String expected = Files.readString(root.resolve(".token")).trim();
                        if (!expected.equals(context.settings().optionalString("token").orElse(""))) {
                            throw new PluginException(PluginException.Kind.AUTHENTICATION_FAILED, "The access token was refused.");
                        }
                    } catch (IOException e) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Cannot read the token file.", e);
                    }
                    return root;
                }

                private static Path file(String table, PluginContext context) {
                    Path file = root(context).resolve(table + ".txt");
                    if (!table.matches("[a-z_]+") || !Files.isRegularFile(file)) {
                        throw new PluginException(PluginException.Kind.INVALID_INPUT, "There is no table '" + table + "'.");
                    }
                    return file;
                }
            }
            """;

    @TempDir
    Path work;

    private final class DirectoryContract extends LiveConnectorContract {
        private final Path zip;
        private final Path source;

        DirectoryContract(String paging, String pluginId) {
            zip = new TestPluginBuilder(work, pluginId)
                    .source("test.plugin.DirectoryConnector", DIRECTORY_CONNECTOR.replace("%PAGING%", paging)).build();
            try {
                source = Files.createDirectories(work.resolve(pluginId + "-source"));
                Files.writeString(source.resolve(".token"), "open-sesame\n");
                Files.writeString(source.resolve("orders.txt"), "first\nsecond\nthird\nfourth\nfifth\n");
                Files.writeString(source.resolve("returns.txt"), "only\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "directory";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }

        @Override
        protected Map<String, Object> settings() {
            return Map.of("directory", source.toString(), "token", "open-sesame");
        }

        @Override
        protected Optional<Map<String, Object>> settingsWithWrongCredentials() {
            return Optional.of(Map.of("directory", source.toString(), "token", "guess"));
        }

        @Override
        protected String sampleTable() {
            return "orders";
        }

        @Override
        protected long sampleTableRows() {
            return 5;
        }
    }

    @Test
    void aCorrectLiveConnectorPassesTheContract() {
        DirectoryContract contract = new DirectoryContract(
                ".skip(request.offset()).limit(request.limit())", "directory");
        try {
            assertThatCode(() -> {
                contract.acceptsTheContractSettings();
                contract.declaresTheLiveCapability();
                contract.connectsToTheSource();
                contract.listsTheSampleTable();
                contract.describesAndFetchesTheSampleTable();
                contract.pagesAddUpToTheWholeTable();
                contract.fetchesConcurrentlyAndDeterministically();
                contract.closeIsIdempotent();
                contract.rejectsAnUnknownTableAsInvalidInput();
                contract.reportsRefusedCredentials();
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aConnectorThatIgnoresTheOffsetFailsThePagingCheck() {
        DirectoryContract contract = new DirectoryContract(".limit(request.limit())", "directory-no-offset");
        try {
            assertThatThrownBy(contract::pagesAddUpToTheWholeTable).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("fetched in two pages");
        } finally {
            contract.closePluginUnderTest();
        }
    }
}
