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
    private final String validCondition;
    private final String productMonths;

    private SalesFrame(Connection connection, SalesMapping mapping, Inputs inputs, String validCondition, String productMonths) {
        this.connection = connection;
        this.mapping = mapping;
        this.inputs = inputs;
        this.validCondition = validCondition;
        this.productMonths = productMonths;
    }

    /**
     * Resolves the window against the data (open ends become the first/last valid sale) and audits the rows.
     *
     * @throws IllegalArgumentException when the data has no valid sale at all
     */
    public static SalesFrame open(Connection connection, DatasetRef dataset, SalesMapping mapping, Window window) throws SQLException {
        String normalized = normalized(mapping);
        String inRange = "TRUE" + (window.from() == null ? "" : " AND ts >= " + Sql.timestamp(window.from()))
                + (window.to() == null ? "" : " AND ts < " + Sql.timestamp(window.to().plusDays(1)));
        String inCategory = window.category() == null ? "TRUE" : "category IS NOT DISTINCT FROM " + Sql.literal(window.category());
        record Group(String excluded, boolean inRange, boolean inCategory, long rows, Double quantity, Double revenue, Timestamp first,
                     Timestamp last) {
        }
        List<Group> groups = Rows.query(connection, "WITH norm AS (" + normalized + ") SELECT excluded, " + inRange + " AS r, " + inCategory
                + " AS c, count(*), sum(quantity), sum(revenue), min(ts), max(ts) FROM norm GROUP BY ALL",
                rs -> new Group(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getLong(4), nullable(rs, 5), nullable(rs, 6),
                        rs.getTimestamp(7), rs.getTimestamp(8)));
        Timestamp first = null;
        Timestamp last = null;
        for (Group group : groups) {
            if (group.excluded() == null) {
                first = first == null || group.first().before(first) ? group.first() : first;
                last = last == null || group.last().after(last) ? group.last() : last;
            }
        }
        if (first == null) {
            throw new IllegalArgumentException("The dataset has no valid sale (rows need a date, a product id, a positive quantity and price)");
        }
        LocalDate from = window.from() == null ? first.toLocalDateTime().toLocalDate() : window.from();
        LocalDate to = window.to() == null ? last.toLocalDateTime().toLocalDate() : window.to();
        long total = 0;
        long used = 0;
        LocalDateTime asOf = null;
        java.util.Map<String, Exclusion> excluded = new java.util.LinkedHashMap<>();
        for (Group group : groups) {
            total += group.rows();
            String reason = group.excluded() != null ? group.excluded() : !group.inRange() ? OUTSIDE_RANGE : !group.inCategory() ? OTHER_CATEGORY : null;
            if (reason == null) {
                used += group.rows();
                asOf = asOf == null || group.last().toLocalDateTime().isAfter(asOf) ? group.last().toLocalDateTime() : asOf;
            } else {
                excluded.merge(reason, new Exclusion(reason, group.rows(), group.quantity(), group.revenue()), SalesFrame::add);
            }
        }
        if (used == 0) {
            throw new IllegalArgumentException("No valid sale between " + from + " and " + to
                    + (window.category() == null ? "" : " in category '" + window.category() + "'"));
        }
        List<Exclusion> reasons = new ArrayList<>(excluded.values());
        reasons.sort(java.util.Comparator.comparingLong(Exclusion::rows).reversed().thenComparing(Exclusion::reason));
        Inputs inputs = new Inputs(dataset.id(), dataset.version(), dataset.contentHash(), mapping, first.toLocalDateTime().toLocalDate(),
                last.toLocalDateTime().toLocalDate(), from, to, asOf, window.category(), total, used, List.copyOf(reasons), null);
        String valid = "excluded IS NULL AND " + inRange + " AND " + inCategory;
        boolean wholeData = window.from() == null && window.to() == null && window.category() == null;
        String productMonths = wholeData ? "product_months_" + digest(mapping.fingerprint())
                : "product_months_" + java.util.UUID.randomUUID().toString().replace("-", "");
        String create = (wholeData ? "CREATE TABLE IF NOT EXISTS " : "CREATE TEMP TABLE ") + productMonths
                + " AS WITH norm AS (" + normalized + ") SELECT product_id, category, "
                + "date_trunc('month', ts)::DATE AS month, trim(min(product_name)) AS product_name, sum(quantity) AS quantity, sum(revenue) AS revenue, "
                + "sum(cost) AS cost, count(*) AS lines, min(ts) AS first_sale, max(ts) AS last_sale FROM norm WHERE " + valid
                + " GROUP BY product_id, category, month";
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
        } catch (SQLException e) {
            if (!wholeData || !exists(connection, productMonths)) {
                throw e;
            }
        }
        return new SalesFrame(connection, mapping, inputs, valid, productMonths);
    }

    /** Whether a concurrent request created the shared table first (its CREATE then conflicts with ours). */
    private static boolean exists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A short hex digest, for table names. */
    private static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Exclusion add(Exclusion a, Exclusion b) {
        return new Exclusion(a.reason(), a.rows() + b.rows(), sum(a.quantity(), b.quantity()), sum(a.revenue(), b.revenue()));
    }

    private static Double sum(Double a, Double b) {
        return a == null ? b : b == null ? a : a + b;
    }

    /**
     * The table of this frame's valid lines summed per product, category and month (for the whole data, a
     * table kept in the dataset's in-memory database and shared by later requests with the same mapping, so the
     * lines are aggregated once per data version; for a narrower window, a temporary table of this connection):
     * columns
     * {@code product_id, category, month (DATE), product_name, quantity, revenue, cost, lines, first_sale,
     * last_sale}. Product, category and month figures are computed from it instead of from the lines.
     */
    public String productMonths() {
        return productMonths;
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
        return "WITH norm AS (" + normalized(mapping) + "), sales AS (SELECT * FROM norm WHERE " + validCondition + ") ";
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
        String name = m.productName() == null ? productId
                : "coalesce(nullif(CAST(" + Sql.identifier(m.productName()) + " AS VARCHAR), ''), " + productId + ")";
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

    /** A column as trimmed text; null when empty. */
    private static String text(String column) {
        return "nullif(trim(CAST(" + Sql.identifier(column) + " AS VARCHAR)), '')";
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
