package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code category_metrics} table: one row per category over the analysis window. Only {@code category} is
 * required; see the README for the columns.
 *
 * @param asOf    the as-of date of the input
 * @param columns the usable columns
 * @param rows    the categories
 */
record CategoryMetrics(LocalDate asOf, Set<String> columns, List<CategoryRow> rows) {

    static final String TABLE = "category_metrics";

    static final Map<String, ColumnType> CONTRACT = Map.ofEntries(
            Map.entry("category", ColumnType.TEXT),
            Map.entry("products", ColumnType.INTEGER),
            Map.entry("units", ColumnType.DECIMAL),
            Map.entry("revenue", ColumnType.DECIMAL),
            Map.entry("units_per_day", ColumnType.DECIMAL),
            Map.entry("units_per_product_per_day", ColumnType.DECIMAL),
            Map.entry("stock_on_hand", ColumnType.DECIMAL),
            Map.entry("stock_value", ColumnType.DECIMAL),
            Map.entry("days_of_cover", ColumnType.DECIMAL),
            Map.entry("peak_month", ColumnType.INTEGER),
            Map.entry("seasonal_p_value", ColumnType.DECIMAL),
            Map.entry("seasonal_strength", ColumnType.DECIMAL),
            Map.entry("peak_index", ColumnType.DECIMAL));

    CategoryMetrics {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static Optional<CategoryMetrics> from(InsightInput input) {
        Optional<MetricTable> table = input.table(TABLE);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        ColumnBatch batch = table.get().rows();
        Set<String> usable = MetricReader.usable(batch, CONTRACT);
        if (!usable.contains("category")) {
            return Optional.empty();
        }
        MetricReader reader = new MetricReader(batch, usable);
        List<CategoryRow> rows = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            String category = reader.text(r, "category");
            if (category == null || category.isBlank()) {
                continue;
            }
            rows.add(new CategoryRow(category, reader.whole(r, "products"), reader.number(r, "units"), reader.number(r, "revenue"),
                    reader.number(r, "units_per_day"), reader.number(r, "units_per_product_per_day"), reader.number(r, "stock_on_hand"),
                    reader.number(r, "stock_value"), reader.number(r, "days_of_cover"), reader.whole(r, "peak_month"),
                    reader.number(r, "seasonal_p_value"), reader.number(r, "seasonal_strength"), reader.number(r, "peak_index")));
        }
        return Optional.of(new CategoryMetrics(input.asOf(), usable, rows));
    }

    boolean has(String... names) {
        for (String name : names) {
            if (!columns.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
