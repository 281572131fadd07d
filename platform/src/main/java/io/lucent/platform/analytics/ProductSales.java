package io.lucent.platform.analytics;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Per-product totals over a frame's window, with the last sale: the common base of velocity, dead stock and
 * the insight metrics.
 *
 * @param productId   the product id
 * @param productName its name
 * @param category    its category
 * @param quantity    units sold, null when unknown
 * @param revenue     revenue
 * @param cost        cost of the goods sold, null when unknown
 * @param lastSale    the last valid sale in the window
 */
record ProductSales(String productId, String productName, String category, Double quantity, double revenue, Double cost,
                    LocalDateTime lastSale) {

    /** Average cost per unit sold, null when unknown. */
    Double unitCost() {
        return cost == null || quantity == null || quantity <= 0 ? null : cost / quantity;
    }

    static List<ProductSales> of(SalesFrame frame) throws SQLException {
        return Rows.query(frame.connection(), "SELECT product_id, min(product_name), min(category), sum(quantity), sum(revenue), "
                + "sum(cost), max(last_sale) FROM " + frame.productMonths() + " GROUP BY product_id ORDER BY product_id",
                rs -> new ProductSales(rs.getString(1), rs.getString(2), rs.getString(3), Rows.number(rs, 4), rs.getDouble(5),
                        Rows.number(rs, 6), rs.getTimestamp(7).toLocalDateTime()));
    }
}
