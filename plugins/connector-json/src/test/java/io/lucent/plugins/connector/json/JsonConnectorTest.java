package io.lucent.plugins.connector.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonConnectorTest {

    private final JsonConnector connector = new JsonConnector();

    private TableReader read(String name, String content, Map<String, ?> settings) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return connector.readFile(new FileInput(name, new ByteArrayInputStream(bytes), bytes.length),
                TestPluginContext.forExtension(connector, settings));
    }

    private static List<List<Object>> rows(TableReader reader) {
        List<List<Object>> rows = new ArrayList<>();
        Optional<ColumnBatch> batch;
        while ((batch = reader.nextBatch(100)).isPresent()) {
            for (int r = 0; r < batch.get().rowCount(); r++) {
                rows.add(batch.get().row(r));
            }
        }
        return rows;
    }

    @Test
    void readsNdjsonWithFlattenedFieldsAndInferredTypes() {
        String ndjson = "{\"id\": 1, \"at\": \"2024-01-02T10:15:00Z\", \"day\": \"2024-01-02\", \"ok\": true, \"price\": 2, \"shop\": {\"city\": \"Oslo\"}}\n"
                + "{\"id\": 2, \"at\": \"2024-01-03 08:00\", \"day\": \"2024-01-03\", \"ok\": false, \"price\": 2.5, \"shop\": {\"city\": \"Bergen\"}}\n";
        try (TableReader reader = read("shops.ndjson", ndjson, Map.of())) {
            assertThat(reader.schema().columns()).extracting(c -> c.name() + ":" + c.type())
                    .containsExactly("id:INTEGER", "at:TIMESTAMP", "day:DATE", "ok:BOOLEAN", "price:DECIMAL", "shop.city:TEXT");
            assertThat(rows(reader)).containsExactly(
                    List.of(1L, LocalDateTime.of(2024, 1, 2, 10, 15), LocalDate.of(2024, 1, 2), true, 2.0, "Oslo"),
                    List.of(2L, LocalDateTime.of(2024, 1, 3, 8, 0), LocalDate.of(2024, 1, 3), false, 2.5, "Bergen"));
        }
    }

    @Test
    void reportsARecordThatDoesNotFitAfterTheSampleWithItsLine() {
        String json = "[\n{\"n\": 1},\n{\"n\": 2},\n{\"n\": \"three\"},\n{\"n\": 4}\n]";
        try (TableReader reader = read("n.json", json, Map.of("sampleRows", 2))) {
            assertThat(rows(reader)).containsExactly(List.of(1L), List.of(2L), List.of(4L));
            assertThat(reader.rejectedRows()).isEqualTo(1);
            assertThat(reader.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.message()).contains("three");
            });
        }
    }
}
