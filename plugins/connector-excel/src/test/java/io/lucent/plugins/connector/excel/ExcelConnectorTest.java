package io.lucent.plugins.connector.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.testkit.TestPluginContext;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExcelConnectorTest {

    private final ExcelConnector connector = new ExcelConnector();

    private TableReader read(String name, byte[] content, Map<String, ?> settings) {
        return connector.readFile(new FileInput(name, new ByteArrayInputStream(content), content.length),
                TestPluginContext.forExtension(connector, settings));
    }

    private static List<List<Object>> rows(TableReader reader) {
        List<List<Object>> rows = new ArrayList<>();
        Optional<ColumnBatch> batch;
        while ((batch = reader.nextBatch(1000)).isPresent()) {
            for (int r = 0; r < batch.get().rowCount(); r++) {
                rows.add(batch.get().row(r));
            }
        }
        return rows;
    }

    @Test
    void readsXlsxWithDatesAsDatesAndTypesInferred() {
        try (TableReader reader = read("orders.xlsx", Workbooks.orders(true, 30, false), Map.of())) {
            assertThat(reader.schema().columns()).extracting(c -> c.name() + ":" + c.type()).containsExactly(
                    "Order ID:INTEGER", "Order Date:DATE", "Product:TEXT", "Quantity:INTEGER", "Price:DECIMAL", "Paid:BOOLEAN",
                    "Shipped:TIMESTAMP");
            List<List<Object>> rows = rows(reader);
            assertThat(rows).hasSize(30);
            assertThat(rows.get(0)).containsExactly(1000L, LocalDate.of(2024, 1, 1), "Product 0", 1L, 2.5, true,
                    LocalDateTime.of(2024, 2, 1, 9, 30));
            assertThat(rows.get(3).get(3)).isNull();
        }
    }

    @Test
    void readsTheSameTableFromXls() {
        try (TableReader xls = read("orders.xls", Workbooks.orders(false, 30, false), Map.of());
             TableReader xlsx = read("orders.xlsx", Workbooks.orders(true, 30, false), Map.of())) {
            assertThat(xls.schema()).isEqualTo(xlsx.schema());
            assertThat(rows(xls)).isEqualTo(rows(xlsx));
        }
    }

    @Test
    void readsTheChosenSheetByNameOrPosition() {
        byte[] workbook = Workbooks.orders(true, 5, true);
        try (TableReader first = read("book.xlsx", workbook, Map.of())) {
            assertThat(first.schema().columns()).extracting(c -> c.name()).containsExactly("Exported by the shop system");
        }
        try (TableReader byName = read("book.xlsx", workbook, Map.of("sheet", "Orders"));
             TableReader byPosition = read("book.xlsx", workbook, Map.of("sheet", "2"))) {
            assertThat(rows(byName)).hasSize(5).isEqualTo(rows(byPosition));
        }
        assertThatThrownBy(() -> read("book.xlsx", workbook, Map.of("sheet", "Missing")))
                .isInstanceOf(PluginException.class).hasMessageContaining("[Notes, Orders]");
    }

    @Test
    void takesTheHeaderFromTheGivenRowOrNone() {
        byte[] workbook = Workbooks.orders(true, 5, false);
        try (TableReader noHeader = read("book.xlsx", workbook, Map.of("headerRow", 0))) {
            assertThat(noHeader.schema().column(0).name()).isEqualTo("column_1");
            assertThat(noHeader.schema().column(0).type()).isEqualTo(ColumnType.TEXT);
            assertThat(rows(noHeader)).hasSize(6);
        }
        try (TableReader second = read("book.xlsx", workbook, Map.of("headerRow", 2))) {
            assertThat(second.schema().column(0).name()).isEqualTo("1000");
            assertThat(rows(second)).hasSize(4);
        }
    }

    @Test
    void refusesAZipBombWithAClearMessage() {
        assertThatThrownBy(() -> read("bomb.xlsx", Workbooks.zipBomb(), Map.of()))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT))
                .hasMessageContaining("zip bomb");
    }

    @Test
    void refusesATruncatedWorkbook() {
        byte[] whole = Workbooks.orders(true, 200, false);
        assertThatThrownBy(() -> read("cut.xlsx", Arrays.copyOf(whole, whole.length / 2), Map.of()))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT))
                .hasMessageContaining("cannot be read as an Excel workbook");
    }

    @Test
    void infersTypesFromTheWholeSheetByDefault() {
        try (TableReader reader = read("mixed.xlsx", Workbooks.mixed(), Map.of())) {
            assertThat(reader.schema().column(0).type()).isEqualTo(ColumnType.TEXT);
            List<List<Object>> rows = rows(reader);
            assertThat(rows).hasSize(10);
            assertThat(rows.get(0)).containsExactly("1");
            assertThat(rows.get(7)).containsExactly("n/a");
        }
    }

    @Test
    void reportsARowThatDoesNotFitItsColumnAfterTheSampleWithItsSheetRow() {
        try (TableReader reader = read("mixed.xlsx", Workbooks.mixed(), Map.of("sampleRows", 5))) {
            assertThat(reader.schema().column(0).type()).isEqualTo(ColumnType.INTEGER);
            assertThat(rows(reader)).hasSize(9);
            assertThat(reader.rejectedRows()).isEqualTo(1);
            assertThat(reader.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(9);
                assertThat(p.message()).contains("'n/a' is not integer");
            });
        }
    }
}
