package io.lucent.plugins.connector.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParquetConnectorTest {

    private final ParquetConnector connector = new ParquetConnector();

    @Test
    void readsColumnsWithTheirTypesAndNestedOnesAsText() {
        byte[] parquet = ParquetFiles.of("SELECT 1::INTEGER AS id, 2.50::DECIMAL(10,2) AS price, DATE '2024-03-01' AS day, "
                + "TIMESTAMP '2024-03-01 10:30:00' AS at, true AS ok, 'x' AS name, [1, 2] AS tags, NULL::VARCHAR AS note");
        try (TableReader reader = connector.readFile(new FileInput("t.parquet", new ByteArrayInputStream(parquet), parquet.length),
                TestPluginContext.forExtension(connector))) {
            assertThat(reader.schema().columns()).extracting(c -> c.name() + ":" + c.type()).containsExactly(
                    "id:INTEGER", "price:DECIMAL", "day:DATE", "at:TIMESTAMP", "ok:BOOLEAN", "name:TEXT", "tags:TEXT", "note:TEXT");
            List<List<Object>> rows = new ArrayList<>();
            Optional<ColumnBatch> batch;
            while ((batch = reader.nextBatch(10)).isPresent()) {
                rows.add(batch.get().row(0));
            }
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).containsExactly(1L, 2.5, LocalDate.of(2024, 3, 1), LocalDateTime.of(2024, 3, 1, 10, 30), true, "x",
                    "[1, 2]", null);
        }
    }
}
