package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Revenue share per product and category, and ABC classes: ranked by revenue, products are class A while the
 * revenue before them is under 80% of the total, B while under 95%, C after (80/15/5).
 */
public final class RevenueContribution {

    static final double A_LIMIT = 80;
    static final double B_LIMIT = 95;

    /**
     * One product.
     *
     * @param rank               rank by revenue
     * @param productId          the product id
     * @param productName        its name
     * @param category           its category
     * @param revenue            its revenue
     * @param sharePct           its share of total revenue, %
     * @param cumulativeSharePct the share of it and every product ranked above, %
     * @param abcClass           A, B or C
     */
    public record ProductShare(int rank, String productId, String productName, String category, double revenue, double sharePct,
                               double cumulativeSharePct, String abcClass) {
    }

    /**
     * One category.
     *
     * @param category the category
     * @param revenue  its revenue
     * @param sharePct its share of total revenue, %
     * @param products how many products sold in it
     */
    public record CategoryShare(String category, double revenue, double sharePct, long products) {
    }

    /**
     * One ABC class.
     *
     * @param abcClass A, B or C
     * @param products how many products
     * @param revenue  their revenue
     * @param sharePct their share of total revenue, %
     */
    public record ClassSummary(String abcClass, long products, double revenue, double sharePct) {
    }

    /**
     * The answer.
     *
     * @param inputs       what was computed from
     * @param totalRevenue total revenue
     * @param classes      the A, B and C classes
     * @param categories   every category, by revenue
     * @param products     the top products by revenue (up to the limit)
     */
    @Schema(name = "RevenueContribution")
    public record Result(Inputs inputs, double totalRevenue, List<ClassSummary> classes, List<CategoryShare> categories,
                         List<ProductShare> products) {
    }

    public Result compute(SalesFrame frame, int limit) throws SQLException {
        record Product(String id, String name, String category, double revenue) {
        }
        List<Product> all = Rows.query(frame.connection(), "SELECT product_id, min(product_name), min(category), sum(revenue) AS revenue "
                + "FROM " + frame.productMonths() + " GROUP BY product_id ORDER BY revenue DESC, product_id",
                rs -> new Product(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
        double total = all.stream().mapToDouble(Product::revenue).sum();
        long[] counts = new long[3];
        double[] revenues = new double[3];
        List<ProductShare> top = new ArrayList<>();
        double before = 0;
        for (int i = 0; i < all.size(); i++) {
            Product product = all.get(i);
            double beforePct = before / total * 100;
            int abc = beforePct < A_LIMIT ? 0 : beforePct < B_LIMIT ? 1 : 2;
            before += product.revenue();
            counts[abc]++;
            revenues[abc] += product.revenue();
            if (top.size() < limit) {
                top.add(new ProductShare(i + 1, product.id(), product.name(), product.category(), product.revenue(),
                        product.revenue() / total * 100, before / total * 100, "ABC".substring(abc, abc + 1)));
            }
        }
        List<ClassSummary> classes = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            classes.add(new ClassSummary("ABC".substring(c, c + 1), counts[c], revenues[c], revenues[c] / total * 100));
        }
        List<CategoryShare> categories = Rows.query(frame.connection(), "SELECT category, sum(revenue) AS revenue, "
                + "count(DISTINCT product_id) FROM " + frame.productMonths() + " GROUP BY category ORDER BY revenue DESC, category",
                rs -> new CategoryShare(rs.getString(1), rs.getDouble(2), rs.getDouble(2) / total * 100, rs.getLong(3)));
        return new Result(frame.inputs(), total, classes, categories, top);
    }
}
