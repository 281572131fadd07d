package io.lucent.platform.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales dataset seen through its mapping, restricted to a window: the SQL that normalises the raw view
 * {@code data} into sales lines, and the audit of which rows a computation used.
 *
 * <p>Normalised lines have {@code ts} (TIMESTAMP), {@code day}, {@code product_id}, {@code product_name},
 * {@code category}, {@code quantity}, {@code revenue}, {@code cost} (null when unknown), {@code customer},
 * {@code order_id}. A line is a valid sale unless it has no readable date or product id, is a cancellation
 * (order id with the mapping's cancellation prefix), has a negative quantity (a return or stock adjustment),
 * a zero quantity, or a zero or negative price/revenue; such lines are excluded and counted by reason.
 */
public final class SalesFrame {

    static final String OUTSIDE_RANGE = "outside the date range";
    static final String OTHER_CATEGORY = "other categories (category filter)";

    private final Connection connection;
    private final SalesMapping mapping;
    private final Inputs inputs;
    private final String statusExpression;

    private SalesFrame(Connection connection, SalesMapping mapping, Inputs inputs, String statusExpression) {
        this.connection = connection;
        this.mapping = mapping;
        this.inputs = inputs;
        this.statusExpression = statusExpression;
    }

    /**
     * Resolves the window against the data (open ends become the first/last valid sale) and audits the rows.
     *
     * @throws IllegalArgumentException when the data has no valid sale at all
     */
    public static SalesFrame open(Connection connection, DatasetRef dataset, SalesMapping mapping, Window window) throws SQLException {
        String normalized = normalized(mapping);
        LocalDateTime first;
        LocalDateTime last;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("WITH norm AS (" + normalized + ") SELECT min(ts), max(ts) FROM norm WHERE excluded IS NULL")) {
            rs.next();
            Timestamp min = rs.getTimestamp(1);
            Timestamp max = rs.getTimestamp(2);
            if (min == null) {
                throw new IllegalArgumentException("The dataset has no valid sale (rows need a date, a product id, a positive quantity and price)");
            }
            first = min.toLocalDateTime();
            last = max.toLocalDateTime();
        }
        LocalDate from = window.from() == null ? first.toLocalDate() : window.from();
        LocalDate to = window.to() == null ? last.toLocalDate() : window.to();
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The date range " + from + " to " + to + " is empty");
        }
        String status = "CASE WHEN excluded IS NOT NULL THEN excluded WHEN ts < " + Sql.timestamp(from) + " OR ts >= " + Sql.timestamp(to.plusDays(1))
                + " THEN " + Sql.literal(OUTSIDE_RANGE)
                + (window.category() == null ? "" : " WHEN category IS DISTINCT FROM " + Sql.literal(window.category()) + " THEN " + Sql.literal(OTHER_CATEGORY))
                + " ELSE NULL END";
        long total = 0;
        long used = 0;
        LocalDateTime asOf = null;
        List<Exclusion> excluded = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("WITH norm AS (" + normalized + ") SELECT " + status
                     + " AS status, count(*), sum(quantity), sum(revenue), max(ts) FROM norm GROUP BY status ORDER BY count(*) DESC, status")) {
            while (rs.next()) {
                String reason = rs.getString(1);
                long rows = rs.getLong(2);
                total += rows;
                if (reason == null) {
                    used = rows;
                    asOf = rs.getTimestamp(5).toLocalDateTime();
                } else {
                    excluded.add(new Exclusion(reason, rows, nullable(rs, 3), nullable(rs, 4)));
                }
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("No valid sale between " + from + " and " + to
                    + (window.category() == null ? "" : " in category '" + window.category() + "'"));
        }
        Inputs inputs = new Inputs(dataset.id(), dataset.version(), dataset.contentHash(), mapping, first.toLocalDate(), last.toLocalDate(),
                from, to, asOf, window.category(), total, used, List.copyOf(excluded), null);
        return new SalesFrame(connection, mapping, inputs, status);
    }

    public Inputs inputs() {
        return inputs;
    }

    public SalesMapping mapping() {
        return mapping;
    }

    public Connection connection() {
        return connection;
    }

    /** Whether unit figures are known (a quantity column is mapped). */
    public boolean hasQuantity() {
        return mapping.quantity() != null;
    }

    /** Whether cost and profit are known. */
    public boolean hasCost() {
        return mapping.profit() != null || mapping.unitCost() != null;
    }

    /** {@code WITH norm AS (...), sales AS (...) }: {@code sales} holds the valid lines in the window and category. */
    public String with() {
        return "WITH norm AS (" + normalized(mapping) + "), sales AS (SELECT * FROM norm WHERE (" + statusExpression + ") IS NULL) ";
    }

    /** The SQL that normalises {@code data} into sales lines with an {@code excluded} reason (null for valid sales). */
    static String normalized(SalesMapping m) {
        String quantity = m.quantity() == null ? "CAST(NULL AS DOUBLE)" : "TRY_CAST(" + Sql.identifier(m.quantity()) + " AS DOUBLE)";
        String price = m.unitPrice() == null ? null : "TRY_CAST(" + Sql.identifier(m.unitPrice()) + " AS DOUBLE)";
        String revenue = m.revenue() != null ? "TRY_CAST(" + Sql.identifier(m.revenue()) + " AS DOUBLE)" : quantity + " * " + price;
        String cost;
        if (m.profit() != null) {
            cost = "(" + revenue + " - TRY_CAST(" + Sql.identifier(m.profit()) + " AS DOUBLE))";
        } else if (m.unitCost() != null) {
            cost = "(" + quantity + " * TRY_CAST(" + Sql.identifier(m.unitCost()) + " AS DOUBLE))";
        } else {
            cost = "CAST(NULL AS DOUBLE)";
        }
        String productId = text(m.productId());
        String name = m.productName() == null ? productId : "coalesce(" + text(m.productName()) + ", " + productId + ")";
        String category = m.category() == null ? "'(all)'" : "coalesce(" + text(m.category()) + ", '(none)')";
        String orderId = m.orderId() == null ? "CAST(NULL AS VARCHAR)" : text(m.orderId());
        String customer = m.customer() == null ? "CAST(NULL AS VARCHAR)" : text(m.customer());
        StringBuilder reasons = new StringBuilder("CASE WHEN ts IS NULL THEN 'missing or unreadable date' ")
                .append("WHEN product_id IS NULL THEN 'missing product id' ");
        if (m.cancellationPrefix() != null) {
            reasons.append("WHEN starts_with(order_id, ").append(Sql.literal(m.cancellationPrefix())).append(") THEN ")
                    .append(Sql.literal("cancellation (order id starts with " + m.cancellationPrefix() + ")")).append(' ');
        }
        if (m.quantity() != null) {
            reasons.append("WHEN quantity IS NULL THEN 'missing quantity' ")
                    .append("WHEN quantity < 0 THEN 'return or stock adjustment (negative quantity)' ")
                    .append("WHEN quantity = 0 THEN 'zero quantity' ");
        }
        if (price != null) {
            reasons.append("WHEN unit_price IS NULL OR unit_price <= 0 THEN 'zero, negative or missing unit price' ");
        }
        reasons.append("WHEN revenue IS NULL THEN 'missing revenue' ");
        if (price == null) {
            reasons.append("WHEN revenue <= 0 THEN 'zero or negative revenue' ");
        }
        reasons.append("ELSE NULL END");
        return "SELECT *, " + reasons + " AS excluded FROM (SELECT TRY_CAST(" + Sql.identifier(m.date()) + " AS TIMESTAMP) AS ts, "
                + productId + " AS product_id, " + name + " AS product_name, " + category + " AS category, "
                + quantity + " AS quantity, " + (price == null ? "CAST(NULL AS DOUBLE)" : price) + " AS unit_price, "
                + revenue + " AS revenue, " + cost + " AS cost, " + customer + " AS customer, " + orderId + " AS order_id FROM data)";
    }

    /** A column as trimmed text with runs of white space collapsed; null when empty. */
    private static String text(String column) {
        return "nullif(trim(regexp_replace(CAST(" + Sql.identifier(column) + " AS VARCHAR), '\\s+', ' ', 'g')), '')";
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
