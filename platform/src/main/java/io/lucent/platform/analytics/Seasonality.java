package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Monthly profile, seasonal strength, peak months and a statistical seasonality test for the total, every
 * category and the top products by revenue; plus the total by quarter and by weekday.
 */
public final class Seasonality {

    /**
     * Revenue of one quarter or weekday over the window.
     *
     * @param period   1–4 for quarters; 1 (Monday) to 7 (Sunday) for weekdays
     * @param revenue  revenue
     * @param sharePct share of total revenue, %
     */
    public record PeriodShare(int period, double revenue, double sharePct) {
    }

    /**
     * The answer.
     *
     * @param inputs     what was computed from
     * @param total      the whole window
     * @param quarters   revenue per calendar quarter
     * @param weekdays   revenue per weekday (ISO: 1 = Monday)
     * @param categories per category, by revenue
     * @param products   the top products by revenue (up to the limit)
     */
    @Schema(name = "Seasonality")
    public record Result(Inputs inputs, SeasonalProfile total, List<PeriodShare> quarters, List<PeriodShare> weekdays,
                         List<SeasonalProfile> categories, List<SeasonalProfile> products) {
    }

    public Result compute(SalesFrame frame, int limit) throws SQLException {
        MonthGrid grid = new MonthGrid(frame.inputs().from(), frame.inputs().to());
        String table = frame.productMonths();
        double[] total = grid.series(frame.connection(), "SELECT 'total', month, sum(revenue) FROM " + table + " GROUP BY 2")
                .getOrDefault("total", new double[grid.size()]);
        SeasonalProfile totalProfile = SeasonalProfile.of("total", "total", grid, total);
        double sum = totalProfile.revenue();
        List<PeriodShare> quarters = Rows.query(frame.connection(), "SELECT quarter(month) AS q, sum(revenue) FROM " + table + " GROUP BY q ORDER BY q",
                rs -> new PeriodShare(rs.getInt(1), rs.getDouble(2), rs.getDouble(2) / sum * 100));
        List<PeriodShare> weekdays = Rows.query(frame.connection(), frame.with() + "SELECT isodow(ts) AS d, sum(revenue) FROM sales GROUP BY d ORDER BY d",
                rs -> new PeriodShare(rs.getInt(1), rs.getDouble(2), rs.getDouble(2) / sum * 100));
        Map<String, double[]> byCategory = grid.series(frame.connection(), "WITH totals AS (SELECT category, sum(revenue) AS r FROM " + table + " GROUP BY category) "
                + "SELECT s.category, s.month, sum(revenue) FROM " + table + " s JOIN totals t USING (category) GROUP BY s.category, t.r, 2 "
                + "ORDER BY t.r DESC, s.category");
        List<SeasonalProfile> categories = new ArrayList<>();
        byCategory.forEach((category, values) -> categories.add(SeasonalProfile.of(category, category, grid, values)));
        Map<String, double[]> byProduct = grid.series(frame.connection(), "WITH top AS (SELECT product_id, min(product_name) AS name, sum(revenue) AS r "
                + "FROM " + table + " GROUP BY product_id ORDER BY r DESC, product_id LIMIT " + limit + ") "
                + "SELECT s.product_id || chr(31) || t.name, s.month, sum(revenue) FROM " + table + " s JOIN top t USING (product_id) "
                + "GROUP BY s.product_id, t.name, t.r, 2 ORDER BY t.r DESC, s.product_id");
        List<SeasonalProfile> products = new ArrayList<>();
        byProduct.forEach((key, values) -> {
            int split = key.indexOf('\u001f');
            products.add(SeasonalProfile.of(key.substring(0, split), key.substring(split + 1), grid, values));
        });
        return new Result(frame.inputs(), totalProfile, quarters, weekdays, categories, products);
    }
}
