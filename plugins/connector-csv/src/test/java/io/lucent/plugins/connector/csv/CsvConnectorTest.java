package io.lucent.plugins.connector.csv;

import static io.lucent.plugins.connector.csv.CsvFiles.file;
import static io.lucent.plugins.connector.csv.CsvFiles.open;
import static io.lucent.plugins.connector.csv.CsvFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvConnectorTest {

    @Test
    void declaresAFileConnectorForDelimitedTextExtensions() {
        CsvConnector connector = new CsvConnector();

        assertThat(connector.id()).isEqualTo("csv");
        assertThat(connector.capabilities()).containsExactly(ConnectorCapability.FILE);
        assertThat(connector.fileExtensions()).containsExactlyInAnyOrder("csv", "tsv", "txt");
    }

    @Test
    void infersEveryColumnTypeAndReadsTypedValues() {
        String csv = "id,price,active,day,at,name\n"
                + "1,9.5,true,2024-01-31,2024-01-31 08:15:00,Binders\n"
                + "2,-3,no,2024-02-29,2024-02-29T23:59,Paper\n";

        try (TableReader reader = open(csv)) {
            assertThat(reader.schema().columns()).containsExactly(
                    new Column("id", ColumnType.INTEGER), new Column("price", ColumnType.DECIMAL),
                    new Column("active", ColumnType.BOOLEAN), new Column("day", ColumnType.DATE),
                    new Column("at", ColumnType.TIMESTAMP), new Column("name", ColumnType.TEXT));
            assertThat(rows(reader)).containsExactly(
                    List.of(1L, 9.5, true, LocalDate.of(2024, 1, 31), LocalDateTime.of(2024, 1, 31, 8, 15), "Binders"),
                    List.of(2L, -3.0, false, LocalDate.of(2024, 2, 29), LocalDateTime.of(2024, 2, 29, 23, 59), "Paper"));
            assertThat(reader.rejectedRows()).isZero();
        }
    }

    @Test
    void readsEmptyFieldsAsNulls() {
        try (TableReader reader = open("a,b,c\n1,,x\n,2.5,\n")) {
            assertThat(rows(reader)).containsExactly(Arrays.asList(1L, null, "x"), Arrays.asList(null, 2.5, null));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t", "|", ","})
    void detectsTheDelimiter(String delimiter) {
        String csv = String.join(delimiter, "region", "units", "note") + "\n"
                + String.join(delimiter, "North", "12", "a, b") + "\n"
                + String.join(delimiter, "South", "7", "plain") + "\n";
        if (delimiter.equals(",")) {
            csv = csv.replace("a, b", "\"a, b\"");
        }

        try (TableReader reader = open(csv)) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("region", "units", "note");
            assertThat(rows(reader)).containsExactly(List.of("North", 12L, "a, b"), List.of("South", 7L, "plain"));
        }
    }

    @Test
    void ignoresDelimitersInsideQuotesWhenDetecting() {
        String csv = "name;comment\n\"a,b,c,d\";x\n\"e,f,g,h\";y\n\"i,j,k,l\";z\n";

        try (TableReader reader = open(csv)) {
            assertThat(reader.schema().size()).isEqualTo(2);
            assertThat(rows(reader).get(0)).containsExactly("a,b,c,d", "x");
        }
    }

    @Test
    void prefersTheDelimiterThatSplitsIntoMoreConsistentFields() {
        // European export: semicolons between fields, decimal commas inside them.
        String csv = "product;price;units\nA;1,5;3\nB;2,25;4\nC;3,0;5\n";

        try (TableReader reader = open(csv)) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("product", "price", "units");
        }
    }

    @Test
    void followsAndSkipsExcelsSeparatorHint() {
        try (TableReader reader = open("sep=;\r\nname;price\r\nA,B;1.5\r\nC;2\r\nD\r\n")) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("name", "price");
            assertThat(rows(reader)).containsExactly(List.of("A,B", 1.5), List.of("C", 2.0));
            assertThat(reader.problems()).extracting(RowProblem::line).containsExactly(5L);
        }
    }

    @Test
    void usesTheDelimiterFromTheSettings() {
        try (TableReader reader = open(file("a:b\n1:2\n"), Map.of("delimiter", ":"))) {
            assertThat(rows(reader)).containsExactly(List.of(1L, 2L));
        }
    }

    @Test
    void keepsQuotedLineBreaksAndDoubledQuotesInsideFields() {
        String csv = "id,text\n1,\"first line\nsecond line\"\n2,\"say \"\"hi\"\"\"\n3,x,extra\n";

        try (TableReader reader = open(csv)) {
            assertThat(rows(reader)).containsExactly(List.of(1L, "first line\nsecond line"), List.of(2L, "say \"hi\""));
            assertThat(reader.problems()).extracting(RowProblem::line).containsExactly(5L);
        }
    }

    @Test
    void keepsCharactersAfterAClosingQuoteInsteadOfFailingTheFile() {
        try (TableReader reader = open("id,name\n1,\"Big\" box\n2,plain\n")) {
            assertThat(rows(reader)).containsExactly(List.of(1L, "Big box"), List.of(2L, "plain"));
        }
    }

    @Test
    void namesColumnsWhenThereIsNoHeader() {
        try (TableReader reader = open("1,2.5,x\n2,3.5,y\n")) {
            assertThat(reader.schema().columns()).containsExactly(new Column("column_1", ColumnType.INTEGER),
                    new Column("column_2", ColumnType.DECIMAL), new Column("column_3", ColumnType.TEXT));
            assertThat(rows(reader)).hasSize(2);
        }
    }

    @Test
    void readsTheFirstRowAsDataWhenToldThereIsNoHeader() {
        try (TableReader reader = open(file("name,city\nAnna,Paris\n"), Map.of("header", "false"))) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("column_1", "column_2");
            assertThat(rows(reader)).containsExactly(List.of("name", "city"), List.of("Anna", "Paris"));
        }
    }

    @Test
    void fixesBlankAndRepeatedHeaderNames() {
        try (TableReader reader = open(file(" amount ,,amount\n1,2,3\n"), Map.of("header", "true"))) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("amount", "column_2", "amount_2");
        }
    }

    @Test
    void reportsRowsWithTheWrongNumberOfFieldsWithTheirLineNumbers() {
        String csv = "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n";

        try (TableReader reader = open(csv)) {
            assertThat(rows(reader)).containsExactly(List.of(1L, 2L, 3L), List.of(10L, 11L, 12L));
            assertThat(reader.rejectedRows()).isEqualTo(2);
            assertThat(reader.problems()).containsExactly(
                    new RowProblem(3, "has 2 fields but the table has 3 columns"),
                    new RowProblem(4, "has 4 fields but the table has 3 columns"));
        }
    }

    @Test
    void reportsALaterValueThatDoesNotFitTheInferredType() {
        StringBuilder csv = new StringBuilder("id,amount\n");
        for (int i = 1; i <= 20; i++) {
            csv.append(i).append(',').append(i == 15 ? "n/a" : String.valueOf(i * 10)).append('\n');
        }

        try (TableReader reader = open(file(csv.toString()), Map.of("sampleRows", 10))) {
            assertThat(reader.schema().column(1).type()).isEqualTo(ColumnType.INTEGER);
            assertThat(rows(reader)).hasSize(19);
            assertThat(reader.rejectedRows()).isEqualTo(1);
            assertThat(reader.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(16);
                assertThat(problem.message()).contains("amount", "n/a", "whole number");
            });
        }
    }

    @Test
    void countsEveryRejectedRowButKeepsTheFirstHundredProblems() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 250; i++) {
            csv.append(i).append(",1\n").append("only-one-field\n");
        }

        try (TableReader reader = open(csv.toString())) {
            assertThat(rows(reader)).hasSize(250);
            assertThat(reader.rejectedRows()).isEqualTo(250);
            assertThat(reader.problems()).hasSize(100);
            assertThat(reader.problems().get(0).line()).isEqualTo(3);
        }
    }

    @Test
    void returnsBatchesOfAtMostTheRequestedSize() {
        StringBuilder csv = new StringBuilder("n\n");
        for (int i = 0; i < 25; i++) {
            csv.append(i).append('\n');
        }

        try (TableReader reader = open(csv.toString())) {
            assertThat(reader.nextBatch(10)).hasValueSatisfying(batch -> assertThat(batch.rowCount()).isEqualTo(10));
            assertThat(reader.nextBatch(10)).hasValueSatisfying(batch -> assertThat(batch.rowCount()).isEqualTo(10));
            assertThat(reader.nextBatch(10)).hasValueSatisfying(batch -> assertThat(batch.rowCount()).isEqualTo(5));
            assertThat(reader.nextBatch(10)).isEmpty();
        }
    }

    @Test
    void keepsNumbersWithLeadingZerosAsText() {
        try (TableReader reader = open("zip,count\n01234,1\n98765,2\n")) {
            assertThat(reader.schema().column(0).type()).isEqualTo(ColumnType.TEXT);
            assertThat(rows(reader).get(0).get(0)).isEqualTo("01234");
        }
    }

    @Test
    void readsAFileWithOnlyAHeaderAsAnEmptyTable() {
        try (TableReader reader = open("region,units\n")) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("region", "units");
            assertThat(reader.nextBatch(10)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\r\n  "})
    void refusesAnEmptyFile(String content) {
        assertThatThrownBy(() -> open(content))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT))
                .hasMessageContaining("empty");
    }

    @Test
    void refusesAFileWithOnlyAByteOrderMark() {
        assertThatThrownBy(() -> open(file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), Map.of()))
                .isInstanceOf(PluginException.class).hasMessageContaining("empty");
    }

    @Test
    void refusesBinaryGarbage() {
        byte[] garbage = new byte[4096];
        long seed = 42;
        for (int i = 0; i < garbage.length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            garbage[i] = (byte) (seed >>> 56);
        }

        assertThatThrownBy(() -> open(file(garbage), Map.of()))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT))
                .hasMessageContaining("binary");
    }

    @Test
    void refusesAnExcelWorkbookNamedCsv() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

        assertThatThrownBy(() -> open(file(zip), Map.of()))
                .isInstanceOf(PluginException.class).hasMessageContaining("ZIP");
    }

    @Test
    void refusesUnusableSettings() {
        assertThatThrownBy(() -> open(file("a\n1\n"), Map.of("delimiter", ";;")))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT));
        assertThatThrownBy(() -> open(file("a\n1\n"), Map.of("encoding", "no-such-charset")))
                .isInstanceOf(PluginException.class).hasMessageContaining("no-such-charset");
    }

    @Test
    void honoursCancellation() {
        CsvConnector connector = new CsvConnector();

        assertThatThrownBy(() -> connector.readFile(file("a\n1\n"), TestPluginContext.forExtension(connector).cancel()))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void readsTabSeparatedFilesWithTheEncodingGiven() {
        byte[] latin = "name\tcity\nJos\u00e9\tM\u00e1laga\n".getBytes(StandardCharsets.ISO_8859_1);

        try (TableReader reader = open(file(latin), Map.of("encoding", "ISO-8859-1", "delimiter", "tab"))) {
            assertThat(rows(reader)).containsExactly(List.of("Jos\u00e9", "M\u00e1laga"));
        }
    }

    @Test
    void readsAEuropeanExportWithDecimalCommasThousandsSeparatorsAndDayFirstDates() {
        try (TableReader reader = open("Datum;Artikel;Menge;Umsatz\n31.01.2024;Stift;1.200;1.234,50\n01.02.2024;Papier;15;12,75\n")) {
            assertThat(reader.schema().columns()).extracting(c -> c.name() + ":" + c.type())
                    .containsExactly("Datum:DATE", "Artikel:TEXT", "Menge:INTEGER", "Umsatz:DECIMAL");
            var batch = reader.nextBatch(10).orElseThrow();
            assertThat(batch.row(0)).containsExactly(java.time.LocalDate.of(2024, 1, 31), "Stift", 1200L, 1234.5);
            assertThat(batch.row(1)).containsExactly(java.time.LocalDate.of(2024, 2, 1), "Papier", 15L, 12.75);
        }
    }
}
