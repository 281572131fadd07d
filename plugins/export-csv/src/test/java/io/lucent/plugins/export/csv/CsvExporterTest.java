package io.lucent.plugins.export.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExporterTest {

    private final CsvExporter exporter = new CsvExporter();

    private static final TableSchema SALES = TableSchema.of(
            new Column("product", ColumnType.TEXT), new Column("units", ColumnType.INTEGER), new Column("change", ColumnType.DECIMAL));

    @Test
    void writesHeaderAndRowsWithCrlfLineEnds() throws IOException {
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow("Binders", 12L, -0.25).addRow("Paper", null, 1.5).build();

        String csv = export(document(new ReportBlock.Table("", rows)), Map.of());

        assertThat(csv).isEqualTo("product,units,change\r\nBinders,12,-0.25\r\nPaper,,1.5\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void neutralisesEachFormulaPrefixInTextCells(String prefix) throws IOException {
        String payload = prefix + "cmd|' /C calc'!A0";
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow(payload, 1L, 1.0).build();

        String csv = export(document(new ReportBlock.Table("", rows)), Map.of());

        String dataLine = csv.substring(csv.indexOf("\r\n") + 2);
        String expectedField = prefix.equals("\r") ? "\"'" + payload + "\"" : "'" + payload;
        assertThat(dataLine).startsWith(expectedField + ",1,1\r\n");
    }

    @Test
    void leavesNegativeNumbersTypedAsNumbersAloneButNeutralisesNegativeLookingText() throws IOException {
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow("-5", -5L, -5.5).build();

        String csv = export(document(new ReportBlock.Table("", rows)), Map.of());

        assertThat(csv).endsWith("'-5,-5,-5.5\r\n");
    }

    @Test
    void neutralisesColumnNamesAndCaptions() throws IOException {
        TableSchema schema = TableSchema.of(new Column("=evil()", ColumnType.TEXT));
        ColumnBatch rows = ColumnBatch.builder(schema).addRow("x").build();

        String csv = export(document(new ReportBlock.Table("@caption", rows)), Map.of());

        assertThat(csv).isEqualTo("'@caption\r\n'=evil()\r\nx\r\n");
    }

    @Test
    void quotesFieldsWithDelimiterQuoteOrLineBreak() throws IOException {
        ColumnBatch rows = ColumnBatch.builder(SALES)
                .addRow("a,b", 1L, 1.0).addRow("say \"hi\"", 2L, 2.0).addRow("two\nlines", 3L, 3.0).build();

        String csv = export(document(new ReportBlock.Table("", rows)), Map.of());

        assertThat(csv).contains("\"a,b\",1,1\r\n", "\"say \"\"hi\"\"\",2,2\r\n", "\"two\nlines\",3,3\r\n");
    }

    @Test
    void writesEveryTableAndChartInOrderSeparatedByBlankLinesWithCaptions() throws IOException {
        ColumnBatch first = ColumnBatch.builder(SALES).addRow("A", 1L, 0.5).build();
        ColumnBatch second = ColumnBatch.builder(TableSchema.of(new Column("n", ColumnType.INTEGER))).addRow(7L).build();
        ReportBlock.Chart chart = new ReportBlock.Chart("Monthly sales", ReportBlock.ChartKind.LINE, List.of("Jan", "Feb"),
                List.of(new ReportBlock.ChartSeries("sales", new double[] {10, Double.NaN}),
                        new ReportBlock.ChartSeries("forecast", new double[] {11, 12.5})),
                "month", "units");
        ReportDocument document = new ReportDocument("Report", Instant.EPOCH, List.of(
                new ReportBlock.Heading(1, "Top"),
                new ReportBlock.Table("Top products", first),
                new ReportBlock.Paragraph("Some text"),
                new ReportBlock.Table("", second),
                chart));

        String csv = export(document, Map.of());

        assertThat(csv).isEqualTo("Top products\r\nproduct,units,change\r\nA,1,0.5\r\n"
                + "\r\nn\r\n7\r\n"
                + "\r\nMonthly sales\r\nmonth,sales,forecast\r\nJan,10,11\r\nFeb,,12.5\r\n");
    }

    @Test
    void namesTheCategoryColumnOfAChartWithoutXLabel() throws IOException {
        ReportBlock.Chart chart = new ReportBlock.Chart("", ReportBlock.ChartKind.BAR, List.of("=A1"),
                List.of(new ReportBlock.ChartSeries("s", new double[] {1})), "", "");

        assertThat(export(document(chart), Map.of())).isEqualTo("category,s\r\n'=A1,1\r\n");
    }

    @Test
    void startsWithByteOrderMarkOnlyWhenAsked() throws IOException {
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow("Ä", 1L, 1.0).build();
        ReportDocument document = document(new ReportBlock.Table("", rows));

        byte[] withBom = exportBytes(document, Map.of("bom", true));
        byte[] withoutBom = exportBytes(document, Map.of());

        assertThat(withBom).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(withoutBom[0]).isEqualTo((byte) 'p');
        assertThat(new String(withoutBom, StandardCharsets.UTF_8)).contains("Ä,1,1");
    }

    @Test
    void usesTheChosenDelimiter() throws IOException {
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow("a;b", 1L, 2.5).build();

        String csv = export(document(new ReportBlock.Table("", rows)), Map.of("delimiter", "semicolon"));

        assertThat(csv).isEqualTo("product;units;change\r\n\"a;b\";1;2.5\r\n");
    }

    @Test
    void leavesTheOutputStreamOpen() throws IOException {
        ClosingAwareStream out = new ClosingAwareStream();
        exporter.export(document(), out, TestPluginContext.forExtension(exporter));

        assertThat(out.closed).isFalse();
    }

    @Test
    void stopsWhenCancelled() {
        ColumnBatch rows = ColumnBatch.builder(SALES).addRow("A", 1L, 1.0).build();
        TestPluginContext cancelled = TestPluginContext.forExtension(exporter).cancel();

        assertThatThrownBy(() -> exporter.export(document(new ReportBlock.Table("", rows)), new ByteArrayOutputStream(), cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void declaresCsvFormat() {
        assertThat(exporter.id()).isEqualTo("csv");
        assertThat(exporter.fileExtension()).isEqualTo("csv");
        assertThat(exporter.mediaType()).startsWith("text/csv");
    }

    private String export(ReportDocument document, Map<String, ?> settings) throws IOException {
        return new String(exportBytes(document, settings), StandardCharsets.UTF_8);
    }

    private byte[] exportBytes(ReportDocument document, Map<String, ?> settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(document, out, TestPluginContext.forExtension(exporter, settings));
        return out.toByteArray();
    }

    private static ReportDocument document(ReportBlock... blocks) {
        return new ReportDocument("Report", Instant.EPOCH, List.of(blocks));
    }

    private static final class ClosingAwareStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
