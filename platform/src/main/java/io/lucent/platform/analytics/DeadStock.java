package io.lucent.platform.analytics;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Products that sold in the window but not in its last {@code days} days: their last sale is more than
 * {@code days} days before the as-of moment (the last valid sale in the window). With an inventory, products
 * known to have no stock are left out (they are sold out, not dead), products in stock that never sold in
 * the window are added, and stock value is given.
 */
public final class DeadStock {

    /**
     * One product.
     *
     * @param productId         the product id
     * @param productName       its name
     * @param category          its category
     * @param lastSale          its last sale in the window (null: in stock, no sale in the window)
     * @param daysSinceLastSale whole days from the last sale to the as-of moment
     * @param stockOnHand       units in stock, null when unknown
     * @param stockValue        their value at cost, null when unknown
     */
    @Schema(name = "DeadStockItem")
    public record Item(String productId, String productName, String category, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDateTime lastSale, Long daysSinceLastSale,
                       Double stockOnHand, Double stockValue) {
    }

    /**
     * The answer.
     *
     * @param inputs          what was computed from
     * @param days            the no-sale limit in days
     * @param cutoff          products whose last sale is before this are dead
     * @param products        products considered (sold in the window, or in stock)
     * @param deadProducts    how many are dead stock
     * @param deadStockValue  their stock value at cost, null when unknown
     * @param items           dead products by stock value, then days without a sale, up to the limit
     */
    @Schema(name = "DeadStock")
    public record Result(Inputs inputs, int days, @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDateTime cutoff, long products, long deadProducts, Double deadStockValue, List<Item> items) {
    }

    public Result compute(SalesFrame frame, Inventory inventory, int days, int limit) throws SQLException {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1");
        }
        LocalDateTime asOf = frame.inputs().asOf();
        LocalDateTime cutoff = asOf.minusDays(days);
        List<Item> dead = new ArrayList<>();
        Set<String> sold = new HashSet<>();
        long considered = 0;
        for (ProductSales product : ProductSales.of(frame)) {
            sold.add(product.productId());
            considered++;
            Inventory.Stock stock = inventory == null ? null : inventory.products().get(product.productId());
            if (inventory != null && (stock == null || stock.stockOnHand() <= 0)) {
                continue;
            }
            if (product.lastSale().isBefore(cutoff)) {
                dead.add(new Item(product.productId(), product.productName(), product.category(), product.lastSale(),
                        Duration.between(product.lastSale(), asOf).toDays(), stock == null ? null : stock.stockOnHand(),
                        stock == null ? null : stock.value(product.unitCost())));
            }
        }
        if (inventory != null && frame.inputs().category() == null) {
            for (Inventory.Stock stock : inventory.products().values()) {
                if (!sold.contains(stock.productId()) && stock.stockOnHand() > 0) {
                    considered++;
                    dead.add(new Item(stock.productId(), stock.productId(), null, null, null, stock.stockOnHand(), stock.value(null)));
                }
            }
        }
        double value = 0;
        boolean valueKnown = false;
        for (Item item : dead) {
            if (item.stockValue() != null) {
                value += item.stockValue();
                valueKnown = true;
            }
        }
        List<Item> top = dead.stream()
                .sorted(Comparator.comparing(Item::stockValue, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Item::daysSinceLastSale, Comparator.nullsFirst(Comparator.reverseOrder()))
                        .thenComparing(Item::productId))
                .limit(limit).toList();
        return new Result(inventory == null ? frame.inputs() : frame.inputs().withInventory(inventory.inputs()), days, cutoff, considered,
                dead.size(), valueKnown ? value : null, top);
    }
}
