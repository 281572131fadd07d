package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Which columns of an inventory dataset hold what: one row per product (several rows of one product add up).
 *
 * @param productId   the product id, matching the sales dataset's (required)
 * @param stockOnHand units in stock (required)
 * @param unitCost    cost per unit, for stock value
 * @param asOf        the date the stock count refers to
 */
@Schema(description = "Which columns of an inventory dataset hold what")
public record InventoryMapping(String productId, String stockOnHand, String unitCost, String asOf) {
}
