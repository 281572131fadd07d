package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Month-over-month and year-over-year change with trend direction and significance, for the total, every
 * category and the top products by revenue; plus the total per month and per year.
 */
public final class Trends {

    /**
     * One month of the total.
     *
     * @param month    {@code YYYY-MM}
     * @param revenue  revenue
     * @param profit   profit, null when cost is unknown
     * @param quantity units, null when unknown
     * @param orders   distinct orders, null when no order id is mapped
     * @param partial  whether the window covers the month only partly
     * @param momPct   change of revenue against the month before, %
     * @param yoyPct   change of revenue against the same month a year before, %
     */
    public record MonthPoint(String month, double revenue, Double profit, Double quantity, Long orders, boolean partial, Double momPct,
                             Double yoyPct) {
    }

    /**
     * One calendar year of the total (within the window).
     *
     * @param year     the year
     * @param revenue  revenue
     * @param profit   profit, null when cost is unknown
     * @param quantity units, null when unknown
     * @param orders   distinct orders, null when no order id is mapped
     */
    public record YearPoint(int year, double revenue, Double profit, Double quantity, Long orders) {
    }

    /**
     * The trend of one category or product.
     *
     * @param key   the category or product id
     * @param name  the product's name (the category for categories)
     * @param trend its trend
     */
    public record KeyedTrend(String key, String name, TrendSummary trend) {
    }

    /**
     * The answer.
     *
     * @param inputs     what was computed from
     * @param total      the trend of total revenue
     * @param months     total per month
     * @param years      total per year
     * @param categories trend per category, by revenue
     * @param products   trend of the top products by revenue (up to the limit)
     */
    @Schema(name = "Trends")
    public record Result(Inputs inputs, TrendSummary total, List<MonthPoint> months, List<YearPoint> years, List<KeyedTrend> categories,
                         List<KeyedTrend> products) {
    }

    public Result compute(SalesFrame frame, int limit) throws SQLException {
        MonthGrid grid = new MonthGrid(frame.inputs().from(), frame.inputs().to());
        String table = frame.productMonths();
        int size = grid.size();
        double[] revenue = new double[size];
        Double[] profit = new Double[size];
        Double[] quantity = new Double[size];
        Long[] orderCounts = new Long[size];
        Rows.query(frame.connection(), "SELECT month, sum(revenue), sum(revenue) - sum(cost), sum(quantity) FROM " + table + " GROUP BY month",
                rs -> {
                    int i = indexOf(grid, rs.getDate(1).toLocalDate());
                    revenue[i] = rs.getDouble(2);
                    profit[i] = Rows.number(rs, 3);
                    quantity[i] = Rows.number(rs, 4);
                    return null;
                });
        java.util.Map<Integer, Long> ordersByYear = new java.util.HashMap<>();
        if (frame.mapping().orderId() != null) {
            Rows.query(frame.connection(), frame.with() + "SELECT date_trunc('month', ts)::DATE, count(DISTINCT order_id) FROM sales GROUP BY 1",
                    rs -> orderCounts[indexOf(grid, rs.getDate(1).toLocalDate())] = rs.getLong(2));
            Rows.query(frame.connection(), frame.with() + "SELECT year(ts), count(DISTINCT order_id) FROM sales GROUP BY 1",
                    rs -> ordersByYear.put(rs.getInt(1), rs.getLong(2)));
        }
        List<MonthPoint> months = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            months.add(new MonthPoint(grid.month(i).toString(), revenue[i], profit[i], quantity[i], orderCounts[i], grid.partial(i),
                    i >= 1 && revenue[i - 1] != 0 ? (revenue[i] - revenue[i - 1]) / revenue[i - 1] * 100 : null,
                    i >= 12 && revenue[i - 12] != 0 ? (revenue[i] - revenue[i - 12]) / revenue[i - 12] * 100 : null));
        }
        List<YearPoint> years = Rows.query(frame.connection(), "SELECT year(month) AS y, sum(revenue), sum(revenue) - sum(cost), sum(quantity) FROM "
                + table + " GROUP BY y ORDER BY y",
                rs -> new YearPoint(rs.getInt(1), rs.getDouble(2), Rows.number(rs, 3), Rows.number(rs, 4), ordersByYear.get(rs.getInt(1))));
        Map<String, double[]> byCategory = grid.series(frame.connection(), "WITH totals AS (SELECT category, sum(revenue) AS r FROM " + table + " GROUP BY category) "
                + "SELECT s.category, s.month, sum(revenue) FROM " + table + " s JOIN totals t USING (category) "
                + "GROUP BY s.category, t.r, 2 ORDER BY t.r DESC, s.category");
        List<KeyedTrend> categories = new ArrayList<>();
        byCategory.forEach((category, values) -> categories.add(new KeyedTrend(category, category, TrendSummary.of(grid, values))));
        Map<String, String> names = new java.util.HashMap<>();
        Map<String, double[]> byProduct = grid.series(frame.connection(), "WITH top AS (SELECT product_id, min(product_name) AS name, sum(revenue) AS r "
                + "FROM " + table + " GROUP BY product_id ORDER BY r DESC, product_id LIMIT " + limit + ") "
                + "SELECT s.product_id || chr(31) || t.name, s.month, sum(revenue) FROM " + table + " s JOIN top t USING (product_id) "
                + "GROUP BY s.product_id, t.name, t.r, 2 ORDER BY t.r DESC, s.product_id");
        List<KeyedTrend> products = new ArrayList<>();
        byProduct.forEach((key, values) -> {
            int split = key.indexOf('\u001f');
            products.add(new KeyedTrend(key.substring(0, split), key.substring(split + 1), TrendSummary.of(grid, values)));
        });
        return new Result(frame.inputs(), TrendSummary.of(grid, revenue), months, years, categories, products);
    }

    static int indexOf(MonthGrid grid, java.time.LocalDate day) {
        java.time.YearMonth month = java.time.YearMonth.from(day);
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(grid.month(0), month);
    }
}
