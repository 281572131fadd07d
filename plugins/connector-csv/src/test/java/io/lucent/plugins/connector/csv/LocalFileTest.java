package io.lucent.plugins.connector.csv;

import static io.lucent.plugins.connector.csv.CsvFiles.open;
import static io.lucent.plugins.connector.csv.CsvFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.DelimitedColumn;
import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.TableReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading an upload that is also a local file: types widened over the whole file, and the layout described. */
class LocalFileTest {

    @TempDir
    Path directory;

    @Test
    void widensAColumnWhoseLaterValuesDoNotFitTheSampledType() throws IOException {
        StringBuilder csv = new StringBuilder("id,amount,day,flag\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i).append(",2024-01-0").append(1 + i % 9).append(",yes\n");
        }
        csv.append("x1,2.5,2024-02-01 10:30,maybe\n");

        try (TableReader reader = open(local(csv.toString(), StandardCharsets.UTF_8), Map.of("sampleRows", 10))) {
            assertThat(reader.schema().columns()).containsExactly(new Column("id", ColumnType.TEXT),
                    new Column("amount", ColumnType.DECIMAL), new Column("day", ColumnType.TIMESTAMP), new Column("flag", ColumnType.TEXT));
            List<List<Object>> rows = rows(reader);
            assertThat(rows).hasSize(31);
            assertThat(rows.get(0)).containsExactly("0", 0.0, LocalDateTime.of(2024, 1, 1, 0, 0), "yes");
            assertThat(rows.get(30)).containsExactly("x1", 2.5, LocalDateTime.of(2024, 2, 1, 10, 30), "maybe");
            assertThat(reader.rejectedRows()).isZero();
        }
    }

    @Test
    void stillRejectsRowsWithTheWrongNumberOfFields() throws IOException {
        try (TableReader reader = open(local("a,b\n1,2\n3\n4,5\n", StandardCharsets.UTF_8), Map.of())) {
            assertThat(rows(reader)).containsExactly(List.of(1L, 2L), List.of(4L, 5L));
            assertThat(reader.rejectedRows()).isEqualTo(1);
            assertThat(reader.problems().get(0).line()).isEqualTo(3);
        }
    }

    @Test
    void aStreamAloneKeepsTheSampledTypesAndRejectsMisfits() {
        StringBuilder csv = new StringBuilder("id\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append('\n');
        }
        csv.append("x1\n");

        try (TableReader reader = open(CsvFiles.file(csv.toString()), Map.of("sampleRows", 10))) {
            assertThat(reader.schema().columns()).containsExactly(new Column("id", ColumnType.INTEGER));
            assertThat(rows(reader)).hasSize(30);
            assertThat(reader.rejectedRows()).isEqualTo(1);
            assertThat(reader.delimitedLayout()).isEmpty();
        }
    }

    @Test
    void describesTheLayoutOfALocalFile() throws IOException {
        String csv = "\uFEFFsep=;\nday;amount;units;label;at\n31/01/2024;1,5;3;x;2024-01-31 08:00\n29/02/2024;2;4;y;2024-02-29 09:15:30\n";

        try (TableReader reader = open(local(csv, StandardCharsets.UTF_8), Map.of())) {
            DelimitedLayout layout = reader.delimitedLayout().orElseThrow();

            assertThat(layout.encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(layout.skipBytes()).isEqualTo(3);
            assertThat(layout.skipLines()).isEqualTo(1);
            assertThat(layout.delimiter()).isEqualTo(';');
            assertThat(layout.quote()).isEqualTo('"');
            assertThat(layout.header()).isTrue();
            assertThat(layout.decimalSeparator()).isEqualTo(',');
            assertThat(layout.thousandsSeparator()).isEmpty();
            assertThat(layout.columns()).extracting(DelimitedColumn::name, DelimitedColumn::type).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("day", ColumnType.DATE), org.assertj.core.groups.Tuple.tuple("amount", ColumnType.DECIMAL),
                    org.assertj.core.groups.Tuple.tuple("units", ColumnType.INTEGER), org.assertj.core.groups.Tuple.tuple("label", ColumnType.TEXT),
                    org.assertj.core.groups.Tuple.tuple("at", ColumnType.TIMESTAMP));
            assertThat(layout.columns().get(0).dateFormats()).contains("%d/%m/%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y")
                    .doesNotContain("%d.%m.%y").allMatch(f -> f.startsWith("%d"));
            assertThat(layout.columns().get(4).dateFormats()).contains("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S");
            assertThat(rows(reader).get(0)).containsExactly(LocalDate.of(2024, 1, 31), 1.5, 3L, "x", LocalDateTime.of(2024, 1, 31, 8, 0));
        }
    }

    @Test
    void describesTheEncodingOfAWindows1252File() throws IOException {
        try (TableReader reader = open(local("name,price\nCaf\u00e9 \u20ac,2.5\n", Charset.forName("windows-1252")),
                Map.of("encoding", "windows-1252"))) {
            assertThat(reader.delimitedLayout().orElseThrow().encoding()).isEqualTo(Charset.forName("windows-1252"));
            assertThat(rows(reader)).containsExactly(List.of("Caf\u00e9 \u20ac", 2.5));
        }
    }

    @Test
    void describesTheThousandsSeparatorTheSampledNumbersUse() throws IOException {
        String csv = "day;amount;units\n31.01.2024;1.234,5;1.200\n01.02.2024;12,25;7\n";

        try (TableReader reader = open(local(csv, StandardCharsets.UTF_8), Map.of())) {
            DelimitedLayout layout = reader.delimitedLayout().orElseThrow();

            assertThat(layout.decimalSeparator()).isEqualTo(',');
            assertThat(layout.thousandsSeparator()).contains('.');
            assertThat(rows(reader)).containsExactly(List.of(LocalDate.of(2024, 1, 31), 1234.5, 1200L),
                    List.of(LocalDate.of(2024, 2, 1), 12.25, 7L));
        }
    }

    @Test
    void describesNothingWhenNumbersGroupDigitsInTwoWays() throws IOException {
        try (TableReader reader = open(local("name;amount\nx;1.234,5\ny;1 234,5\nz;2,5\n", StandardCharsets.UTF_8), Map.of())) {
            assertThat(reader.schema().columns()).containsExactly(new Column("name", ColumnType.TEXT), new Column("amount", ColumnType.DECIMAL));
            assertThat(reader.delimitedLayout()).isEmpty();
            assertThat(rows(reader)).containsExactly(List.of("x", 1234.5), List.of("y", 1234.5), List.of("z", 2.5));
        }
    }

    @Test
    void describesNothingWhenASampledRecordHasTheWrongNumberOfFields() throws IOException {
        try (TableReader reader = open(local("a,b\n1,2\n3\n4,5\n", StandardCharsets.UTF_8), Map.of())) {
            assertThat(reader.delimitedLayout()).isEmpty();
        }
    }

    @Test
    void describesTheWholeFileOnceItsSchemaIsChecked() throws IOException {
        StringBuilder csv = new StringBuilder("units,amount\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(",\"").append(i).append(".5\"\n");
        }
        csv.append("2.5,\"1,234.5\"\n");

        try (TableReader reader = open(local(csv.toString(), StandardCharsets.UTF_8), Map.of("sampleRows", 10))) {
            DelimitedLayout sampled = reader.delimitedLayout().orElseThrow();
            assertThat(sampled.columns()).extracting(DelimitedColumn::type).containsExactly(ColumnType.INTEGER, ColumnType.DECIMAL);
            assertThat(sampled.thousandsSeparator()).isEmpty();

            reader.schema();
            DelimitedLayout whole = reader.delimitedLayout().orElseThrow();

            assertThat(whole.columns()).extracting(DelimitedColumn::type).containsExactly(ColumnType.DECIMAL, ColumnType.DECIMAL);
            assertThat(whole.thousandsSeparator()).contains(',');
        }
    }

    @Test
    void describesNothingOnceTheCheckMeetsARecordItWillReject() throws IOException {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 30; i++) {
            csv.append(i).append(',').append(i).append('\n');
        }
        csv.append("30,31,32\n");

        try (TableReader reader = open(local(csv.toString(), StandardCharsets.UTF_8), Map.of("sampleRows", 10))) {
            assertThat(reader.delimitedLayout()).isPresent();

            reader.schema();

            assertThat(reader.delimitedLayout()).isEmpty();
            assertThat(rows(reader)).hasSize(30);
            assertThat(reader.problems().get(0).line()).isEqualTo(32);
        }
    }

    private FileInput local(String content, Charset charset) throws IOException {
        byte[] bytes = content.getBytes(charset);
        Path file = Files.createTempFile(directory, "upload-", ".csv");
        Files.write(file, bytes);
        return new FileInput("upload.csv", new ByteArrayInputStream(bytes), bytes.length, Optional.of(file));
    }
}
