package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How fast stock moves: per product, units sold per day of the window, sell-through (units sold over units
 * sold plus stock left), days of cover (stock over daily units) and turnover (cost of goods sold in the
 * window over stock value at cost, and that rate per year). Products in stock that did not sell are included
 * with zero velocity. Stock is valued at the inventory's unit cost, or else at the product's average unit
 * cost in the sales data.
 */
public final class InventoryVelocity {

    /**
     * One product.
     *
     * @param productId          the product id
     * @param productName        its name
     * @param category           its category
     * @param unitsSold          units sold in the window
     * @param unitsPerDay        units sold per day of the window
     * @param stockOnHand        units in stock (null when the inventory does not list it)
     * @param stockValue         stock value at cost, null when unknown
     * @param sellThroughPct     units sold / (units sold + stock) × 100
     * @param daysOfCover        stock / units per day; null when it does not sell
     * @param turnover           cost of goods sold in the window / stock value
     * @param annualTurnover     turnover scaled to 365 days
     */
    @Schema(name = "InventoryVelocityItem")
    public record Item(String productId, String productName, String category, double unitsSold, double unitsPerDay, Double stockOnHand,
                       Double stockValue, Double sellThroughPct, Double daysOfCover, Double turnover, Double annualTurnover) {
    }

    /**
     * The answer.
     *
     * @param inputs          what was computed from
     * @param days            days in the window
     * @param products        products sold or in stock
     * @param totalStockValue stock value at cost of all listed stock, null when unknown
     * @param items           products by units per day (fastest first), up to the limit
     */
    @Schema(name = "InventoryVelocity")
    public record Result(Inputs inputs, long days, long products, Double totalStockValue, List<Item> items) {
    }

    public Result compute(SalesFrame frame, Inventory inventory, int limit) throws SQLException {
        if (!frame.hasQuantity()) {
            throw new IllegalArgumentException("Velocity needs units: map a quantity column");
        }
        long days = ChronoUnit.DAYS.between(frame.inputs().from(), frame.inputs().to()) + 1;
        List<Item> items = new ArrayList<>();
        Set<String> sold = new HashSet<>();
        double totalValue = 0;
        boolean valueKnown = false;
        for (ProductSales product : ProductSales.of(frame)) {
            sold.add(product.productId());
            Inventory.Stock stock = inventory.products().get(product.productId());
            Item item = item(product.productId(), product.productName(), product.category(), product.quantity() == null ? 0 : product.quantity(),
                    product.cost(), days, stock, product.unitCost());
            items.add(item);
            if (item.stockValue() != null) {
                totalValue += item.stockValue();
                valueKnown = true;
            }
        }
        if (frame.inputs().category() == null) {
            for (Inventory.Stock stock : inventory.products().values()) {
                if (!sold.contains(stock.productId())) {
                    Item item = item(stock.productId(), stock.productId(), null, 0, 0.0, days, stock, null);
                    items.add(item);
                    if (item.stockValue() != null) {
                        totalValue += item.stockValue();
                        valueKnown = true;
                    }
                }
            }
        }
        long products = items.size();
        List<Item> top = items.stream().sorted(Comparator.comparingDouble(Item::unitsPerDay).reversed().thenComparing(Item::productId))
                .limit(limit).toList();
        return new Result(frame.inputs().withInventory(inventory.inputs()), days, products, valueKnown ? totalValue : null, top);
    }

    private static Item item(String id, String name, String category, double units, Double cost, long days, Inventory.Stock stock,
                             Double salesUnitCost) {
        double perDay = units / days;
        Double onHand = stock == null ? null : stock.stockOnHand();
        Double value = stock == null ? null : stock.value(salesUnitCost);
        Double sellThrough = onHand == null || units + onHand <= 0 ? null : units / (units + onHand) * 100;
        Double cover = onHand == null || perDay == 0 ? null : onHand / perDay;
        Double turnover = value == null || value <= 0 || cost == null ? null : cost / value;
        return new Item(id, name, category, units, perDay, onHand, value, sellThrough, cover, turnover,
                turnover == null ? null : turnover * 365.0 / days);
    }
}
