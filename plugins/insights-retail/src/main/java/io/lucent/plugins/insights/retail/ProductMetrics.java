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
 * The {@code product_metrics} table the host computes, as rows rules can read; see the package
 * documentation for the contract.
 *
 * <p>A column counts as present only if it has a usable type: the declared one, or INTEGER where DECIMAL is
 * declared (whole numbers are numbers too). A column of another type is treated as absent, so a rule that
 * needs it does not apply. Rows without a product id are ignored.
 *
 * @param asOf    the date the metrics refer to
 * @param columns the usable columns present
 * @param rows    one row per product, in table order
 */
record ProductMetrics(LocalDate asOf, Set<String> columns, List<ProductRow> rows) {

    static final String TABLE = "product_metrics";

    /** The declared columns and their types. */
    static final Map<String, ColumnType> CONTRACT = Map.ofEntries(
            Map.entry("product_id", ColumnType.TEXT),
            Map.entry("product_name", ColumnType.TEXT),
            Map.entry("category", ColumnType.TEXT),
            Map.entry("units", ColumnType.DECIMAL),
            Map.entry("revenue", ColumnType.DECIMAL),
            Map.entry("profit", ColumnType.DECIMAL),
            Map.entry("margin_pct", ColumnType.DECIMAL),
            Map.entry("units_per_day", ColumnType.DECIMAL),
            Map.entry("last_sale_date", ColumnType.DATE),
            Map.entry("days_since_last_sale", ColumnType.INTEGER),
            Map.entry("trend_pct", ColumnType.DECIMAL),
            Map.entry("trend_p_value", ColumnType.DECIMAL),
            Map.entry("observations", ColumnType.INTEGER),
            Map.entry("stock_on_hand", ColumnType.DECIMAL),
            Map.entry("stock_value", ColumnType.DECIMAL),
            Map.entry("days_of_cover", ColumnType.DECIMAL),
            Map.entry("revenue_rank", ColumnType.INTEGER),
            Map.entry("peak_month", ColumnType.INTEGER),
            Map.entry("seasonal_p_value", ColumnType.DECIMAL),
            Map.entry("peak_index", ColumnType.DECIMAL));

    ProductMetrics {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The product metrics of the input, if the host computed them (with at least a product id column). */
    static Optional<ProductMetrics> from(InsightInput input) {
        Optional<MetricTable> table = input.table(TABLE);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        ColumnBatch batch = table.get().rows();
        Set<String> usable = MetricReader.usable(batch, CONTRACT);
        if (!usable.contains("product_id")) {
            return Optional.empty();
        }
        MetricReader reader = new MetricReader(batch, usable);
        List<ProductRow> rows = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            String id = reader.text(r, "product_id");
            if (id == null || id.isBlank()) {
                continue;
            }
            String name = reader.text(r, "product_name");
            rows.add(new ProductRow(id, name == null || name.isBlank() ? id : name, reader.text(r, "category"),
                    reader.number(r, "units"), reader.number(r, "revenue"), reader.number(r, "profit"),
                    reader.number(r, "margin_pct"), reader.number(r, "units_per_day"), reader.date(r, "last_sale_date"),
                    reader.whole(r, "days_since_last_sale"), reader.number(r, "trend_pct"), reader.number(r, "trend_p_value"),
                    reader.whole(r, "observations"), reader.number(r, "stock_on_hand"), reader.number(r, "stock_value"),
                    reader.number(r, "days_of_cover"), reader.whole(r, "revenue_rank"), reader.whole(r, "peak_month"),
                    reader.number(r, "seasonal_p_value"), reader.number(r, "peak_index")));
        }
        return Optional.of(new ProductMetrics(input.asOf(), usable, rows));
    }

    /** Whether every named column is present and usable. */
    boolean has(String... names) {
        for (String name : names) {
            if (!columns.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
