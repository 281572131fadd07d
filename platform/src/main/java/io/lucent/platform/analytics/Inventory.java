package io.lucent.platform.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stock per product, read from an inventory dataset (the view {@code data}) through its mapping. Several rows
 * of one product add up; rows without a product id or a readable stock figure are ignored.
 *
 * @param inputs   where it came from
 * @param products stock per product id
 */
public record Inventory(Inputs.InventoryInputs inputs, Map<String, Stock> products) {

    /**
     * One product's stock.
     *
     * @param productId   the product id
     * @param stockOnHand units in stock
     * @param unitCost    the average cost per unit, null when unknown
     */
    public record Stock(String productId, double stockOnHand, Double unitCost) {

        /** Stock value at the given unit cost, null when that is unknown. */
        public Double value(Double fallbackUnitCost) {
            Double cost = unitCost != null ? unitCost : fallbackUnitCost;
            return cost == null ? null : stockOnHand * cost;
        }
    }

    public static Inventory read(Connection connection, String datasetId, String contentHash, InventoryMapping mapping) throws SQLException {
        if (mapping.productId() == null || mapping.stockOnHand() == null) {
            throw new IllegalArgumentException("The inventory dataset needs a product id and a stock-on-hand column");
        }
        String id = "nullif(trim(CAST(" + Sql.identifier(mapping.productId()) + " AS VARCHAR)), '')";
        String stock = "TRY_CAST(" + Sql.identifier(mapping.stockOnHand()) + " AS DOUBLE)";
        String cost = mapping.unitCost() == null ? "CAST(NULL AS DOUBLE)" : "TRY_CAST(" + Sql.identifier(mapping.unitCost()) + " AS DOUBLE)";
        String asOf = mapping.asOf() == null ? "CAST(NULL AS DATE)" : "TRY_CAST(" + Sql.identifier(mapping.asOf()) + " AS DATE)";
        List<Stock> stocks = Rows.query(connection, "SELECT id, sum(stock), sum(stock * cost) / nullif(sum(stock) FILTER (WHERE cost IS NOT NULL), 0) "
                + "FROM (SELECT " + id + " AS id, " + stock + " AS stock, " + cost + " AS cost FROM data) WHERE id IS NOT NULL AND stock IS NOT NULL "
                + "GROUP BY id ORDER BY id", rs -> new Stock(rs.getString(1), rs.getDouble(2), Rows.number(rs, 3)));
        LocalDate date = Rows.one(connection, "SELECT max(" + asOf + ") FROM data", rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate());
        Map<String, Stock> byId = stocks.stream().collect(Collectors.toMap(Stock::productId, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
        return new Inventory(new Inputs.InventoryInputs(datasetId, contentHash, mapping, byId.size(), date), byId);
    }
}
