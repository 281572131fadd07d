package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.util.List;

/** Margin and margin % per category and product, ranked by profit, with the loss-makers. */
public final class Profitability {

    /**
     * Profit of one group.
     *
     * @param rank        rank by profit (1 = most profitable)
     * @param key         category name or product id
     * @param name        the product's name (the category for categories)
     * @param revenue     revenue
     * @param cost        cost (revenue − profit)
     * @param profit      profit
     * @param marginPct   profit / revenue × 100
     * @param quantity    units sold, null when unknown
     */
    public record Line(int rank, String key, String name, double revenue, double cost, double profit, Double marginPct, Double quantity) {
    }

    /**
     * The answer.
     *
     * @param inputs          what was computed from
     * @param total           the whole window
     * @param categories      every category, by profit
     * @param products        the most profitable products (up to the limit)
     * @param lossMakers      the products losing the most (up to the limit)
     * @param lossMakerCount  how many products lose money
     * @param productCount    how many products sold
     */
    @Schema(name = "Profitability")
    public record Result(Inputs inputs, Line total, List<Line> categories, List<Line> products, List<Line> lossMakers, long lossMakerCount,
                         long productCount) {
    }

    public Result compute(SalesFrame frame, int limit) throws SQLException {
        if (!frame.hasCost()) {
            throw new IllegalArgumentException("The dataset has no profit or unit cost column: map one to compute margins");
        }
        String measures = "sum(revenue) AS revenue, sum(cost) AS cost, sum(revenue) - sum(cost) AS profit, sum(quantity) AS quantity";
        String table = frame.productMonths();
        Line total = Rows.one(frame.connection(), "SELECT 'total', 'total', " + measures + " FROM " + table, rs -> line(1, rs));
        int[] rank = {0};
        List<Line> categories = Rows.query(frame.connection(), "SELECT category, category, " + measures
                + " FROM " + table + " GROUP BY category ORDER BY profit DESC, category", rs -> line(++rank[0], rs));
        String byProduct = "WITH products AS (SELECT product_id, min(product_name) AS name, " + measures
                + " FROM " + table + " GROUP BY product_id), ranked AS (SELECT *, row_number() OVER (ORDER BY profit DESC, product_id) AS rank FROM products) ";
        List<Line> products = Rows.query(frame.connection(), byProduct + "SELECT product_id, name, revenue, cost, profit, quantity, rank FROM ranked "
                + "ORDER BY rank LIMIT " + limit, Profitability::ranked);
        List<Line> losers = Rows.query(frame.connection(), byProduct + "SELECT product_id, name, revenue, cost, profit, quantity, rank FROM ranked "
                + "WHERE profit < 0 ORDER BY profit, product_id LIMIT " + limit, Profitability::ranked);
        record Counts(long losers, long products) {
        }
        Counts counts = Rows.one(frame.connection(), byProduct + "SELECT count(*) FILTER (WHERE profit < 0), count(*) FROM ranked",
                rs -> new Counts(rs.getLong(1), rs.getLong(2)));
        return new Result(frame.inputs(), total, categories, products, losers, counts.losers(), counts.products());
    }

    private static Line line(int rank, java.sql.ResultSet rs) throws SQLException {
        double revenue = rs.getDouble(3);
        double profit = rs.getDouble(5);
        return new Line(rank, rs.getString(1), rs.getString(2), revenue, rs.getDouble(4), profit, Rows.percent(profit, revenue), Rows.number(rs, 6));
    }

    private static Line ranked(java.sql.ResultSet rs) throws SQLException {
        double revenue = rs.getDouble(3);
        double profit = rs.getDouble(5);
        return new Line(rs.getInt(7), rs.getString(1), rs.getString(2), revenue, rs.getDouble(4), profit, Rows.percent(profit, revenue),
                Rows.number(rs, 6));
    }
}
