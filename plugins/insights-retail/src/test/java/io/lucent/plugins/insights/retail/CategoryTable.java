package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code category_metrics} tables for tests: every contract column, categories added by column name. */
final class CategoryTable {

    private final List<Column> columns = new ArrayList<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    static CategoryTable full() {
        CategoryTable table = new CategoryTable();
        for (String name : List.of("category", "products", "units", "revenue", "units_per_day", "units_per_product_per_day", "stock_on_hand",
                "stock_value", "days_of_cover", "peak_month", "seasonal_p_value", "seasonal_strength", "peak_index")) {
            table.columns.add(new Column(name, CategoryMetrics.CONTRACT.get(name)));
        }
        return table;
    }

    /** Adds a category: alternating column names and values; unnamed columns are null. */
    CategoryTable category(Object... nameValue) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            row.put((String) nameValue[i], nameValue[i + 1]);
        }
        rows.add(row);
        return this;
    }

    MetricTable table() {
        ColumnBatch.Builder batch = ColumnBatch.builder(new TableSchema(columns));
        for (Map<String, Object> row : rows) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = row.get(columns.get(c).name());
            }
            batch.addRow(values);
        }
        return new MetricTable(CategoryMetrics.TABLE, "one row per category", batch.build());
    }

    /** An input with only this table. */
    InsightInput input() {
        return new InsightInput("sales", ProductTable.AS_OF, Map.of(), Map.of(CategoryMetrics.TABLE, table()));
    }
}
