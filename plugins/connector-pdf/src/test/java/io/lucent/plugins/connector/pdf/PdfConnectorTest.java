package io.lucent.plugins.connector.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PdfConnectorTest {

    private final PdfConnector connector = new PdfConnector();

    static List<List<String>> sales(int rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("Date", "Product name", "Units", "Revenue"));
        for (int i = 0; i < rows; i++) {
            table.add(List.of(LocalDate.of(2024, 1, 1).plusDays(i).toString(), "Blue notebook " + (i % 3), Integer.toString(10 + i),
                    String.format(java.util.Locale.ROOT, "%,.2f", 1000.5 + i * 250)));
        }
        return table;
    }

    private TableReader read(byte[] pdf) {
        return connector.readFile(new FileInput("report.pdf", new ByteArrayInputStream(pdf), pdf.length), TestPluginContext.forExtension(connector));
    }

    @Test
    void extractsTheTableAcrossPagesWithTypesAndWithoutRepeatedHeadersOrFooters() {
        try (TableReader reader = read(Reports.table(sales(30), 12))) {
            assertThat(reader.schema().columns()).extracting(c -> c.name() + ":" + c.type())
                    .containsExactly("Date:DATE", "Product name:TEXT", "Units:INTEGER", "Revenue:DECIMAL");
            List<List<Object>> rows = new ArrayList<>();
            Optional<ColumnBatch> batch;
            while ((batch = reader.nextBatch(100)).isPresent()) {
                for (int r = 0; r < batch.get().rowCount(); r++) {
                    rows.add(batch.get().row(r));
                }
            }
            assertThat(rows).hasSize(30);
            assertThat(rows.get(0)).containsExactly(LocalDate.of(2024, 1, 1), "Blue notebook 0", 10L, 1000.5);
            assertThat(rows.get(29)).containsExactly(LocalDate.of(2024, 1, 30), "Blue notebook 2", 39L, 8250.5);
        }
    }

    @Test
    void refusesAPdfWithoutATableSayingSo() {
        assertThatThrownBy(() -> read(Reports.prose()))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT))
                .hasMessageContaining("has no table");
    }
}
