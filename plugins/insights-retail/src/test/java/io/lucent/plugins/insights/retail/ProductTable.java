package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code product_metrics} tables for tests: choose the columns, then add products by column name. */
final class ProductTable {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private final List<Column> columns = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    static ProductTable withColumns(String... names) {
        ProductTable table = new ProductTable();
        for (String name : names) {
            table.columns.add(new Column(name, ProductMetrics.CONTRACT.get(name)));
        }
        return table;
    }

    /** All columns of the contract, in its documented order. */
    static ProductTable full() {
        return withColumns("product_id", "product_name", "category", "units", "revenue", "profit", "margin_pct", "units_per_day",
                "last_sale_date", "days_since_last_sale", "trend_pct", "trend_p_value", "observations", "stock_on_hand", "stock_value",
                "days_of_cover", "revenue_rank", "peak_month", "seasonal_p_value", "peak_index");
    }

    ProductTable column(String name, ColumnType type) {
        columns.add(new Column(name, type));
        return this;
    }

    /** Adds a product: alternating column names and values; unnamed columns are null. */
    ProductTable product(Object... nameValue) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            row.put((String) nameValue[i], nameValue[i + 1]);
        }
        rows.add(row);
        return this;
    }

    InsightInput input() {
        return input(Map.of());
    }

    /** The input with this product table and the given other tables. */
    InsightInput input(Map<String, MetricTable> others) {
        ColumnBatch.Builder batch = ColumnBatch.builder(new TableSchema(columns));
        for (Map<String, Object> row : rows) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = row.get(columns.get(c).name());
            }
            batch.addRow(values);
        }
        MetricTable table = new MetricTable(ProductMetrics.TABLE, "one row per product", batch.build());
        Map<String, MetricTable> tables = new HashMap<>(others);
        tables.put(ProductMetrics.TABLE, table);
        return new InsightInput("sales", AS_OF, Map.of(), tables);
    }
}
