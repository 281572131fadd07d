package io.lucent.plugins.connector.csv;

import static io.lucent.plugins.connector.csv.CsvFiles.concat;
import static io.lucent.plugins.connector.csv.CsvFiles.file;
import static io.lucent.plugins.connector.csv.CsvFiles.open;
import static io.lucent.plugins.connector.csv.CsvFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.TableReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncodingDetectionTest {

    private static final String CONTENT = "name,city\nJos\u00e9,M\u00e1laga\nZo\u00eb,K\u00f6ln\n";
    private static final List<List<Object>> ROWS = List.of(List.of("Jos\u00e9", "M\u00e1laga"), List.of("Zo\u00eb", "K\u00f6ln"));

    @Test
    void readsUtf8WithByteOrderMarkWithoutTheMarkInTheFirstColumnName() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CONTENT.getBytes(StandardCharsets.UTF_8));

        try (TableReader reader = open(file(bytes), Map.of())) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("name", "city");
            assertThat(rows(reader)).isEqualTo(ROWS);
        }
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CONTENT.getBytes(StandardCharsets.UTF_16LE));

        try (TableReader reader = open(file(bytes), Map.of())) {
            assertThat(reader.schema().columns()).extracting(Column::name).containsExactly("name", "city");
            assertThat(rows(reader)).isEqualTo(ROWS);
        }
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CONTENT.getBytes(StandardCharsets.UTF_16BE));

        try (TableReader reader = open(file(bytes), Map.of())) {
            assertThat(rows(reader)).isEqualTo(ROWS);
        }
    }

    @Test
    void readsValidUtf8WithoutByteOrderMark() {
        try (TableReader reader = open(file(CONTENT, StandardCharsets.UTF_8), Map.of())) {
            assertThat(rows(reader)).isEqualTo(ROWS);
        }
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
        String content = CONTENT + "Euro,\u20ac 5\n";

        try (TableReader reader = open(file(content, DetectedEncoding.WINDOWS_1252), Map.of())) {
            assertThat(rows(reader)).contains(List.of("Jos\u00e9", "M\u00e1laga"), List.of("Euro", "\u20ac 5"));
        }
    }

    @Test
    void suggestsTheEncodingForUtf16WithoutByteOrderMark() {
        assertThatThrownBy(() -> open(file(CONTENT, StandardCharsets.UTF_16LE), Map.of()))
                .isInstanceOf(PluginException.class).hasMessageContaining("UTF-16LE or UTF-16BE");
    }

    @Test
    void readsUtf16WithoutByteOrderMarkWhenTheEncodingIsGiven() {
        try (TableReader reader = open(file(CONTENT, StandardCharsets.UTF_16BE), Map.of("encoding", "UTF-16BE"))) {
            assertThat(rows(reader)).isEqualTo(ROWS);
        }
    }

    @Test
    void toleratesAMultiByteCharacterCutByTheEndOfTheSample() {
        byte[] utf8 = "\u00e9".getBytes(StandardCharsets.UTF_8);
        byte[] sample = new byte[] {'a', ',', utf8[0]};

        assertThat(DetectedEncoding.detect(sample, false).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DetectedEncoding.detect(sample, true).charset()).isEqualTo(DetectedEncoding.WINDOWS_1252);
    }
}
