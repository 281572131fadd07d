package io.lucent.platform.insights;

import io.lucent.platform.analytics.Inventory;
import io.lucent.platform.analytics.MonthGrid;
import io.lucent.platform.analytics.SalesFrame;
import io.lucent.platform.analytics.TrendSummary;
import io.lucent.platform.analytics.stats.MannKendall;
import io.lucent.platform.analytics.stats.SeasonalDecomposition;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.insight.MetricTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the retail metric tables rule packs receive from a sales frame (and an inventory when there is one):
 * {@code product_metrics} (the contract documented by the retail pack, plus seasonality and cover columns) and
 * {@code category_metrics}. Trends are Mann–Kendall tests with Sen's slope over complete months of units (of
 * revenue when units are unknown); seasonality is the classical decomposition with a Kruskal–Wallis test,
 * from 24 complete months.
 */
public final class RetailMetricTables {

    public static final String PRODUCTS = "product_metrics";
    public static final String CATEGORIES = "category_metrics";

    /** One product's raw figures before the tables are written. */
    private record Product(String id, String name, String category, Double units, double revenue, Double profit, LocalDateTime lastSale) {
    }

    /** Series-derived measures of one product or category. */
    private record SeriesStats(Double trendPct, Double trendPValue, long observations, Long peakMonth, Double seasonalPValue,
                               Double seasonalStrength, Double peakIndex) {
    }

    /**
     * The tables and the scalar values.
     *
     * @param tables metric tables by name
     * @param values scalar metrics by name
     */
    public record Result(Map<String, MetricTable> tables, Map<String, Double> values) {
    }

    public Result compute(SalesFrame frame, Inventory inventory) throws SQLException {
        LocalDateTime asOf = frame.inputs().asOf();
        long days = ChronoUnit.DAYS.between(frame.inputs().from(), frame.inputs().to()) + 1;
        MonthGrid grid = new MonthGrid(frame.inputs().from(), frame.inputs().to());
        String measure = frame.hasQuantity() ? "quantity" : "revenue";
        List<Product> products = new ArrayList<>();
        try (Statement statement = frame.connection().createStatement();
             ResultSet rs = statement.executeQuery("SELECT product_id, min(product_name), min(category), sum(quantity), sum(revenue), "
                     + "sum(revenue) - sum(cost), max(last_sale) FROM " + frame.productMonths() + " GROUP BY product_id ORDER BY product_id")) {
            while (rs.next()) {
                products.add(new Product(rs.getString(1), rs.getString(2), rs.getString(3), number(rs, 4), rs.getDouble(5), number(rs, 6),
                        rs.getTimestamp(7).toLocalDateTime()));
            }
        }
        Map<String, double[]> productSeries = grid.series(frame.connection(),
                "SELECT product_id, month, sum(" + measure + ") FROM " + frame.productMonths() + " GROUP BY 1, 2");
        Map<String, double[]> categorySeries = grid.series(frame.connection(),
                "SELECT category, month, sum(revenue) FROM " + frame.productMonths() + " GROUP BY 1, 2");
        double totalRevenue = products.stream().mapToDouble(Product::revenue).sum();
        List<Product> byRevenue = new ArrayList<>(products);
        byRevenue.sort((a, b) -> a.revenue() != b.revenue() ? Double.compare(b.revenue(), a.revenue()) : a.id().compareTo(b.id()));
        Map<String, Long> revenueRank = new LinkedHashMap<>();
        for (int i = 0; i < byRevenue.size(); i++) {
            revenueRank.put(byRevenue.get(i).id(), i + 1L);
        }

        TableBuilder productTable = productColumns();
        Map<String, CategoryTotals> categories = new LinkedHashMap<>();
        for (Product product : products) {
            Inventory.Stock stock = inventory == null ? null : inventory.products().get(product.id());
            Double unitCost = product.units() == null || product.units() <= 0 || product.profit() == null ? null
                    : (product.revenue() - product.profit()) / product.units();
            Double stockOnHand = stock == null ? null : stock.stockOnHand();
            Double stockValue = stock == null ? null : stock.value(unitCost);
            Double unitsPerDay = product.units() == null ? null : product.units() / days;
            Double cover = stockOnHand == null || unitsPerDay == null || unitsPerDay == 0 ? null : stockOnHand / unitsPerDay;
            long sinceLastSale = Duration.between(product.lastSale(), asOf).toDays();
            SeriesStats stats = stats(grid, productSeries.get(product.id()));
            productTable.row().set("product_id", product.id()).set("product_name", product.name()).set("category", product.category())
                    .set("units", product.units()).set("revenue", product.revenue()).set("profit", product.profit())
                    .set("margin_pct", percent(product.profit(), product.revenue())).set("units_per_day", unitsPerDay)
                    .set("last_sale_date", product.lastSale().toLocalDate()).set("days_since_last_sale", sinceLastSale)
                    .set("trend_pct", stats.trendPct()).set("trend_p_value", stats.trendPValue()).set("observations", stats.observations())
                    .set("stock_on_hand", stockOnHand).set("stock_value", stockValue).set("days_of_cover", cover)
                    .set("revenue_rank", revenueRank.get(product.id())).set("revenue_share_pct", percent(product.revenue(), totalRevenue))
                    .set("peak_month", stats.peakMonth()).set("seasonal_p_value", stats.seasonalPValue())
                    .set("seasonal_strength", stats.seasonalStrength()).set("peak_index", stats.peakIndex()).add();
            categories.computeIfAbsent(product.category(), CategoryTotals::new).add(product, sinceLastSale, stockOnHand, stockValue);
        }

        TableBuilder categoryTable = categoryColumns();
        for (CategoryTotals category : categories.values()) {
            SeriesStats stats = stats(grid, categorySeries.get(category.name));
            Double unitsPerDay = category.unitsKnown ? category.units / days : null;
            Double cover = !category.stockKnown || unitsPerDay == null || unitsPerDay == 0 ? null : category.stock / unitsPerDay;
            categoryTable.row().set("category", category.name).set("products", (long) category.products)
                    .set("units", category.unitsKnown ? category.units : null).set("revenue", category.revenue)
                    .set("profit", category.profitKnown ? category.profit : null)
                    .set("margin_pct", category.profitKnown ? percent(category.profit, category.revenue) : null)
                    .set("revenue_share_pct", percent(category.revenue, totalRevenue)).set("units_per_day", unitsPerDay)
                    .set("units_per_product_per_day", unitsPerDay == null ? null : unitsPerDay / category.products)
                    .set("median_days_since_last_sale", category.medianDaysSinceLastSale())
                    .set("stock_on_hand", category.stockKnown ? category.stock : null)
                    .set("stock_value", category.valueKnown ? category.value : null).set("days_of_cover", cover)
                    .set("trend_pct", stats.trendPct()).set("trend_p_value", stats.trendPValue()).set("observations", stats.observations())
                    .set("peak_month", stats.peakMonth()).set("seasonal_p_value", stats.seasonalPValue())
                    .set("seasonal_strength", stats.seasonalStrength()).set("peak_index", stats.peakIndex()).add();
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("revenue_total", totalRevenue);
        values.put("products", (double) products.size());
        values.put("days_in_window", (double) days);
        return new Result(Map.of(PRODUCTS, productTable.build(), CATEGORIES, categoryTable.build()), values);
    }

    private static TableBuilder productColumns() {
        return new TableBuilder(PRODUCTS, "One row per product over the analysis window, which ends at the as-of date")
                .column("product_id", ColumnType.TEXT).column("product_name", ColumnType.TEXT).column("category", ColumnType.TEXT)
                .column("units", ColumnType.DECIMAL).column("revenue", ColumnType.DECIMAL).column("profit", ColumnType.DECIMAL)
                .column("margin_pct", ColumnType.DECIMAL).column("units_per_day", ColumnType.DECIMAL)
                .column("last_sale_date", ColumnType.DATE).column("days_since_last_sale", ColumnType.INTEGER)
                .column("trend_pct", ColumnType.DECIMAL).column("trend_p_value", ColumnType.DECIMAL).column("observations", ColumnType.INTEGER)
                .column("stock_on_hand", ColumnType.DECIMAL).column("stock_value", ColumnType.DECIMAL)
                .column("days_of_cover", ColumnType.DECIMAL).column("revenue_rank", ColumnType.INTEGER)
                .column("revenue_share_pct", ColumnType.DECIMAL).column("peak_month", ColumnType.INTEGER)
                .column("seasonal_p_value", ColumnType.DECIMAL).column("seasonal_strength", ColumnType.DECIMAL)
                .column("peak_index", ColumnType.DECIMAL);
    }

    private static TableBuilder categoryColumns() {
        return new TableBuilder(CATEGORIES, "One row per category over the analysis window")
                .column("category", ColumnType.TEXT).column("products", ColumnType.INTEGER).column("units", ColumnType.DECIMAL)
                .column("revenue", ColumnType.DECIMAL).column("profit", ColumnType.DECIMAL).column("margin_pct", ColumnType.DECIMAL)
                .column("revenue_share_pct", ColumnType.DECIMAL).column("units_per_day", ColumnType.DECIMAL)
                .column("units_per_product_per_day", ColumnType.DECIMAL).column("median_days_since_last_sale", ColumnType.DECIMAL)
                .column("stock_on_hand", ColumnType.DECIMAL).column("stock_value", ColumnType.DECIMAL)
                .column("days_of_cover", ColumnType.DECIMAL).column("trend_pct", ColumnType.DECIMAL)
                .column("trend_p_value", ColumnType.DECIMAL).column("observations", ColumnType.INTEGER)
                .column("peak_month", ColumnType.INTEGER).column("seasonal_p_value", ColumnType.DECIMAL)
                .column("seasonal_strength", ColumnType.DECIMAL).column("peak_index", ColumnType.DECIMAL);
    }

    /** Trend over complete months; peak calendar month and, from 24 complete months, the seasonality test. */
    private static SeriesStats stats(MonthGrid grid, double[] series) {
        double[] values = series == null ? new double[grid.size()] : series;
        double[] complete = grid.complete(values);
        Double trendPct = null;
        Double trendP = null;
        if (complete.length >= 3) {
            MannKendall.Result test = MannKendall.test(complete);
            trendPct = TrendSummary.changePct(complete, test.slope());
            trendP = test.pValue();
        }
        double[] byMonth = new double[12];
        for (int i = 0; i < values.length; i++) {
            byMonth[grid.month(i).getMonthValue() - 1] += values[i];
        }
        double total = Arrays.stream(byMonth).sum();
        Long peak = null;
        Double peakIndex = null;
        if (total > 0 && complete.length >= 12) {
            int best = 0;
            for (int m = 1; m < 12; m++) {
                if (byMonth[m] > byMonth[best]) {
                    best = m;
                }
            }
            peak = best + 1L;
            peakIndex = byMonth[best] / (total / 12);
        }
        Double strength = null;
        Double seasonalP = null;
        if (complete.length >= 2 * SeasonalDecomposition.PERIOD) {
            SeasonalDecomposition.Result decomposition = SeasonalDecomposition.of(complete);
            strength = decomposition.strength();
            seasonalP = decomposition.pValue();
        }
        return new SeriesStats(trendPct, trendP, complete.length, peak, seasonalP, strength, peakIndex);
    }

    private static Double percent(Double part, Double whole) {
        return part == null || whole == null || whole == 0 ? null : part / whole * 100;
    }

    private static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** Running totals of one category. */
    private static final class CategoryTotals {
        private final String name;
        private int products;
        private double units;
        private boolean unitsKnown;
        private double revenue;
        private double profit;
        private boolean profitKnown;
        private double stock;
        private boolean stockKnown;
        private double value;
        private boolean valueKnown;
        private final List<Long> daysSinceLastSale = new ArrayList<>();

        CategoryTotals(String name) {
            this.name = name;
        }

        void add(Product product, long sinceLastSale, Double stockOnHand, Double stockValue) {
            products++;
            revenue += product.revenue();
            if (product.units() != null) {
                units += product.units();
                unitsKnown = true;
            }
            if (product.profit() != null) {
                profit += product.profit();
                profitKnown = true;
            }
            if (stockOnHand != null) {
                stock += stockOnHand;
                stockKnown = true;
            }
            if (stockValue != null) {
                value += stockValue;
                valueKnown = true;
            }
            daysSinceLastSale.add(sinceLastSale);
        }

        double medianDaysSinceLastSale() {
            long[] sorted = daysSinceLastSale.stream().mapToLong(Long::longValue).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        }
    }
}
