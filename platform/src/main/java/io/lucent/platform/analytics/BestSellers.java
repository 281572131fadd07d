package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.util.List;

/** The top products by units or by revenue, with rank and share of the total. */
public final class BestSellers {

    /** What to rank by. */
    public enum Measure { QUANTITY, REVENUE }

    /**
     * One product.
     *
     * @param rank        1 for the best seller
     * @param productId   the product id
     * @param productName its name
     * @param category    its category
     * @param quantity    units sold (null when the dataset has no quantity)
     * @param revenue     revenue
     * @param sharePct    its share of the total of the ranking measure, in %
     */
    @Schema(name = "BestSellerItem")
    public record Item(int rank, String productId, String productName, String category, Double quantity, double revenue, Double sharePct) {
    }

    /**
     * The answer.
     *
     * @param inputs        what was computed from
     * @param by            the ranking measure
     * @param totalQuantity units sold by all products
     * @param totalRevenue  revenue of all products
     * @param products      how many products sold
     * @param items         the top products
     */
    @Schema(name = "BestSellers")
    public record Result(Inputs inputs, Measure by, Double totalQuantity, double totalRevenue, long products, List<Item> items) {
    }

    public Result compute(SalesFrame frame, Measure by, int limit) throws SQLException {
        if (by == Measure.QUANTITY && !frame.hasQuantity()) {
            throw new IllegalArgumentException("The dataset has no quantity column: rank by revenue, or map a quantity column");
        }
        String measure = by == Measure.QUANTITY ? "quantity" : "revenue";
        record Totals(Double quantity, double revenue, long products) {
        }
        Totals totals = Rows.one(frame.connection(), "SELECT sum(quantity), sum(revenue), count(DISTINCT product_id) FROM " + frame.productMonths(),
                rs -> new Totals(Rows.number(rs, 1), rs.getDouble(2), rs.getLong(3)));
        Double total = by == Measure.QUANTITY ? totals.quantity() : totals.revenue();
        int[] rank = {0};
        List<Item> items = Rows.query(frame.connection(), "SELECT product_id, min(product_name), min(category), sum(quantity) AS quantity, "
                + "sum(revenue) AS revenue FROM " + frame.productMonths() + " GROUP BY product_id ORDER BY " + measure + " DESC, product_id LIMIT " + limit,
                rs -> {
                    Double quantity = Rows.number(rs, 4);
                    double revenue = rs.getDouble(5);
                    return new Item(++rank[0], rs.getString(1), rs.getString(2), rs.getString(3), quantity, revenue,
                            Rows.percent(by == Measure.QUANTITY ? quantity : Double.valueOf(revenue), total));
                });
        return new Result(frame.inputs(), by, totals.quantity(), totals.revenue(), totals.products(), items);
    }
}
