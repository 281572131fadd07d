package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the connector, exporter, rule-pack and AI-provider contracts directly on plugins compiled in the test:
 * a correct plugin passes every check, a broken one fails the check that guards against its defect.
 */
class OtherContractsTest {

    @TempDir
    Path work;

    private Path zipOf(String pluginId, String className, String source) {
        return new TestPluginBuilder(work, pluginId).source(className, source).build();
    }

    // ---- connector ----

    private static final String LINES_CONNECTOR = """
            package test.plugin;

            import io.lucent.plugin.api.*;
            import io.lucent.plugin.api.connector.*;
            import io.lucent.plugin.api.data.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;
            import java.util.*;

            @org.pf4j.Extension
            public final class LinesConnector implements Connector {
                public String id() { return "lines"; }
                public String displayName() { return "Text lines"; }
                public Set<ConnectorCapability> capabilities() { return Set.of(ConnectorCapability.FILE); }
                public Set<String> fileExtensions() { return Set.of("txt"); }

                public TableReader readFile(FileInput input, PluginContext context) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(input.content(), StandardCharsets.UTF_8));
                    TableSchema schema = TableSchema.of(new Column("line", ColumnType.TEXT));
                    String first = readLine(reader);
                    if (first == null) {
                        %ON_INVALID%
                    }
                    return new TableReader() {
                        private String pending = first;
                        public TableSchema schema() { return schema; }
                        public Optional<ColumnBatch> nextBatch(int maxRows) {
                            ColumnBatch.Builder batch = ColumnBatch.builder(schema);
                            while (pending != null && batch.rowCount() < maxRows) {
                                batch.addRow(pending);
                                pending = readLine(reader);
                            }
                            return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
                        }
                        public void close() { }
                    };
                }

                private static String readLine(BufferedReader reader) {
                    try {
                        String line = reader.readLine();
                        if (line != null && line.indexOf('\\0') >= 0) {
                            throw new PluginException(PluginException.Kind.INVALID_INPUT, "The file is binary, not text.");
                        }
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            """;

    private static final class LinesConnectorContract extends ConnectorContract {
        private final Path zip;

        LinesConnectorContract(Path zip) {
            this.zip = zip;
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "lines";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }

        @Override
        protected SampleFile sampleFile() {
            return textFile("notes.txt", 3, "first", "second", "third");
        }

        @Override
        protected Optional<SampleFile> largeSampleFile() {
            String line = "a line of text that repeats to make a file of several megabytes\n";
            return Optional.of(SampleFile.valid("large.txt", line.repeat(100_000).getBytes(StandardCharsets.UTF_8), 100_000));
        }
    }

    @Test
    void aCorrectConnectorPassesTheConnectorContract() {
        LinesConnectorContract contract = new LinesConnectorContract(zipOf("lines", "test.plugin.LinesConnector",
                LINES_CONNECTOR.replace("%ON_INVALID%",
                        "throw new PluginException(PluginException.Kind.INVALID_INPUT, \"The file is empty.\");")));
        try {
            assertThatCode(() -> {
                contract.declaresCapabilitiesAndFileExtensions();
                contract.readsTheSampleFile();
                contract.honoursTheBatchSize();
                contract.readsConcurrentlyAndDeterministically();
                contract.closeIsIdempotent();
                contract.streamsLargeFiles();
                contract.rejectsInvalidFilesAsInvalidInput();
                contract.fileOnlyConnectorRefusesLiveOperations();
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aConnectorThatFailsWithTheWrongExceptionFailsTheContract() {
        LinesConnectorContract contract = new LinesConnectorContract(zipOf("lines-bad", "test.plugin.LinesConnector",
                LINES_CONNECTOR.replace("%ON_INVALID%", "throw new IllegalStateException(\"empty\");")));
        try {
            assertThatThrownBy(contract::rejectsInvalidFilesAsInvalidInput).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("reading invalid file 'empty.txt'").hasMessageContaining("IllegalStateException");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aConnectorThatReadsTheWholeFileFirstFailsTheStreamingCheck() {
        LinesConnectorContract contract = new LinesConnectorContract(zipOf("lines-slurping", "test.plugin.LinesConnector",
                LINES_CONNECTOR.replace("%ON_INVALID%",
                                "throw new PluginException(PluginException.Kind.INVALID_INPUT, \"The file is empty.\");")
                        .replace("BufferedReader reader = new BufferedReader(new InputStreamReader(input.content(), StandardCharsets.UTF_8));",
                                "BufferedReader reader = new BufferedReader(new StringReader(slurp(input)));")
                        .replace("    private static String readLine(", """
                                    private static String slurp(FileInput input) {
                                        try {
                                            return new String(input.content().readAllBytes(), StandardCharsets.UTF_8);
                                        } catch (IOException e) {
                                            throw new UncheckedIOException(e);
                                        }
                                    }

                                    private static String readLine(""")));
        try {
            assertThatThrownBy(contract::streamsLargeFiles).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("a streaming connector reads only what it needs");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    // ---- exporter ----

    private static final String TEXT_EXPORTER = """
            package test.plugin;

            import io.lucent.plugin.api.PluginContext;
            import io.lucent.plugin.api.export.*;
            import java.io.*;
            import java.nio.charset.StandardCharsets;

            @org.pf4j.Extension
            public final class TextExporter implements Exporter {
                public String id() { return "text"; }
                public String displayName() { return "Plain text"; }
                public String fileExtension() { return "txt"; }
                public String mediaType() { return "text/plain"; }

                public void export(ReportDocument document, OutputStream out, PluginContext context) throws IOException {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    writer.write(document.title() + "\\n");
                    for (ReportBlock block : document.blocks()) {
                        if (block instanceof ReportBlock.Heading heading) {
                            writer.write("#".repeat(heading.level()) + " " + heading.text() + "\\n");
                        } else if (block instanceof ReportBlock.Paragraph paragraph) {
                            writer.write(paragraph.text() + "\\n");
                        } else if (block instanceof ReportBlock.Table table) {
                            writer.write("[table " + table.caption() + ": " + table.table().rowCount() + " rows]\\n");
                        } else if (block instanceof ReportBlock.Chart chart) {
                            writer.write("[chart " + chart.title() + "]\\n");
                        }
                    }
                    %FINISH%
                }
            }
            """;

    private static final class TextExporterContract extends ExporterContract {
        private final Path zip;

        TextExporterContract(Path zip) {
            this.zip = zip;
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "text";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }
    }

    @Test
    void aCorrectExporterPassesTheExporterContract() {
        TextExporterContract contract = new TextExporterContract(zipOf("text-export", "test.plugin.TextExporter",
                TEXT_EXPORTER.replace("%FINISH%", "writer.flush();")));
        try {
            assertThatCode(() -> {
                contract.declaresFileExtensionAndMediaType();
                contract.writesEveryBlockType();
                contract.writesAnEmptyDocument();
                contract.isThreadSafe();
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void anExporterThatClosesTheStreamFailsTheContract() {
        TextExporterContract contract = new TextExporterContract(zipOf("text-export-closing", "test.plugin.TextExporter",
                TEXT_EXPORTER.replace("%FINISH%", "writer.close();")));
        try {
            assertThatThrownBy(contract::writesEveryBlockType).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("closed the output stream");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    // ---- insight rule pack ----

    private static final String RETURNS_PACK = """
            package test.plugin;

            import io.lucent.plugin.api.PluginContext;
            import io.lucent.plugin.api.insight.*;
            import java.util.*;

            @org.pf4j.Extension
            public final class ReturnsPack implements InsightRulePack {
                public String id() { return "returns"; }
                public String displayName() { return "Returns"; }

                public List<RuleDescriptor> rules() {
                    return List.of(new RuleDescriptor("high-return-rate", InsightCategory.RISK, "Flags a return rate above 10%."));
                }

                public List<Insight> evaluate(InsightInput input, PluginContext context) {
                    Optional<Double> rate = input.value("return_rate");
                    if (rate.isEmpty() || rate.get() <= 0.1) {
                        return List.of();
                    }
                    return List.of(new Insight("%RULE%", InsightCategory.RISK, "Returns are high: " + rate.get() * 100 + "%",
                            "More than one order in ten comes back.", Confidence.MEDIUM, "",
                            List.of(new Metric("return_rate", "Return rate", rate.get() * 100, "%")),
                            "Check the most returned products."));
                }
            }
            """;

    private static final class ReturnsPackContract extends InsightRulePackContract {
        private final Path zip;

        ReturnsPackContract(Path zip) {
            this.zip = zip;
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "returns";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }

        @Override
        protected InsightInput sampleInput() {
            TableSchema schema = TableSchema.of(new Column("product", ColumnType.TEXT));
            ColumnBatch rows = ColumnBatch.builder(schema).addRow("Binders").build();
            return new InsightInput("superstore", LocalDate.of(2026, 1, 15), Map.of("return_rate", 0.25),
                    Map.of("products", new MetricTable("products", "one row per product", rows)));
        }
    }

    @Test
    void aCorrectRulePackPassesTheRulePackContract() {
        ReturnsPackContract contract = new ReturnsPackContract(zipOf("returns", "test.plugin.ReturnsPack",
                RETURNS_PACK.replace("%RULE%", "high-return-rate")));
        try {
            assertThatCode(() -> {
                contract.declaresItsRules();
                contract.everyInsightComesFromADeclaredRule();
                contract.isDeterministic();
                contract.isThreadSafe();
                contract.toleratesInputWithoutMetrics();
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void anInsightFromAnUndeclaredRuleFailsTheContract() {
        ReturnsPackContract contract = new ReturnsPackContract(zipOf("returns-bad", "test.plugin.ReturnsPack",
                RETURNS_PACK.replace("%RULE%", "returns-rule")));
        try {
            assertThatThrownBy(contract::everyInsightComesFromADeclaredRule).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("names rule 'returns-rule'");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    // ---- AI provider ----

    private static final String ECHO_PROVIDER = """
            package test.plugin;

            import io.lucent.plugin.api.*;
            import io.lucent.plugin.api.ai.*;
            import io.lucent.plugin.api.settings.*;
            import java.io.IOException;
            import java.net.URI;
            import java.net.http.*;
            import java.time.Duration;
            import java.util.regex.*;

            @org.pf4j.Extension
            public final class SimpleProvider implements AiProvider {
                private static final Pattern CONTENT = Pattern.compile("\\"content\\":\\"((?:[^\\"\\\\\\\\]|\\\\\\\\.)*)\\"");

                public String id() { return "simple"; }
                public String displayName() { return "Simple chat service"; }
                public SettingsSchema settingsSchema() {
                    return SettingsSchema.of(SettingDescriptor.string("baseUrl", "Base URL").asRequired(),
                            SettingDescriptor.secret("apiKey", "API key").asRequired());
                }

                public ChatResponse chat(ChatRequest request, PluginContext context) {
                    StringBuilder body = new StringBuilder("{\\"messages\\":[");
                    for (ChatMessage message : request.messages()) {
                        body.append("{\\"content\\":\\"").append(message.content().replace("\\"", "'")).append("\\"},");
                    }
                    body.setLength(body.length() - 1);
                    body.append("]}");
                    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    HttpRequest http = HttpRequest.newBuilder(URI.create(context.settings().string("baseUrl") + "/chat"))
                            .header("Authorization", "Bearer " + context.settings().string("apiKey"))
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
                    HttpResponse<String> response;
                    try {
                        response = client.send(http, HttpResponse.BodyHandlers.ofString());
                    } catch (IOException e) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "The chat service cannot be reached.", e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "Interrupted.", e);
                    }
                    int status = response.statusCode();
                    if (status != 200) {
                        %ERRORS%
                    }
                    Matcher matcher = CONTENT.matcher(response.body());
                    if (!matcher.find()) {
                        throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "The chat service sent no content.");
                    }
                    String content = matcher.group(1).replace("\\\\n", "\\n").replace("\\\\\\"", "\\"").replace("\\\\\\\\", "\\\\");
                    return new ChatResponse(content, "test-model", TokenUsage.NONE, "stop");
                }
            }
            """;

    private static final String GOOD_ERRORS = """
            PluginException.Kind kind = status == 401 || status == 403 ? PluginException.Kind.AUTHENTICATION_FAILED
                    : status == 429 ? PluginException.Kind.LIMIT_EXCEEDED : PluginException.Kind.EXTERNAL_FAILURE;
            throw new PluginException(kind, "The chat service answered HTTP " + status + ".");
            """;

    private static final class SimpleProviderContract extends AiProviderContract {
        private final Path zip;

        SimpleProviderContract(Path zip) {
            this.zip = zip;
            loadPluginUnderTest();
        }

        @Override
        protected String extensionId() {
            return "simple";
        }

        @Override
        protected PluginZip pluginZip() {
            return PluginZip.at(zip);
        }

        @Override
        protected Map<String, Object> settingsFor(URI baseUrl) {
            return Map.of("baseUrl", baseUrl.toString(), "apiKey", "sk-secret-123");
        }

        @Override
        protected void writeAnswer(HttpExchange exchange, String requestBody, String content) throws IOException {
            writeJson(exchange, 200, "{\"content\":" + jsonString(content) + "}");
        }

        void run(Runnable check) {
            startServer();
            try {
                check.run();
            } finally {
                stopServer();
            }
        }
    }

    @Test
    void aCorrectProviderPassesTheAiProviderContract() {
        SimpleProviderContract contract = new SimpleProviderContract(zipOf("simple-ai", "test.plugin.SimpleProvider",
                ECHO_PROVIDER.replace("%ERRORS%", GOOD_ERRORS)));
        try {
            assertThatCode(() -> {
                contract.run(contract::answersFromTheService);
                contract.run(contract::streamedPiecesAddUpToTheAnswer);
                contract.run(contract::reportsServiceErrorsByKind);
                contract.run(() -> {
                    try {
                        contract.reportsAnUnreachableService();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                contract.run(() -> {
                    try {
                        contract.isThreadSafe();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            }).doesNotThrowAnyException();
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aProviderThatPutsItsKeyInErrorMessagesFailsTheContract() {
        SimpleProviderContract contract = new SimpleProviderContract(zipOf("leaky-ai", "test.plugin.SimpleProvider",
                ECHO_PROVIDER.replace("%ERRORS%", GOOD_ERRORS.replace("\"The chat service answered HTTP \" + status + \".\"",
                        "\"HTTP \" + status + \" for key \" + context.settings().string(\"apiKey\")"))));
        try {
            assertThatThrownBy(() -> contract.run(contract::reportsServiceErrorsByKind)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("must not contain secret setting 'apiKey'");
        } finally {
            contract.closePluginUnderTest();
        }
    }

    @Test
    void aProviderThatReportsEveryErrorAlikeFailsTheContract() {
        SimpleProviderContract contract = new SimpleProviderContract(zipOf("vague-ai", "test.plugin.SimpleProvider",
                ECHO_PROVIDER.replace("%ERRORS%", "throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "
                        + "\"HTTP \" + status);")));
        try {
            assertThatThrownBy(() -> contract.run(contract::reportsServiceErrorsByKind)).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("kind of the failure for HTTP 401").hasMessageContaining("AUTHENTICATION_FAILED");
        } finally {
            contract.closePluginUnderTest();
        }
    }
}
