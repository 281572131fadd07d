package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of an inventory dataset hold what: one row per product (several rows of one product add up).
 *
 * @param productId   the product id, matching the sales dataset's (required)
 * @param stockOnHand units in stock (required)
 * @param unitCost    cost per unit, for stock value
 * @param asOf        the date the stock count refers to
 */
@Schema(description = "Which columns of an inventory dataset hold what; null where the dataset has no such column")
public record InventoryMapping(
        @Schema(description = "Product id column, matching the sales dataset's product ids (required)") String productId,
        @Schema(description = "Units in stock (required)") String stockOnHand,
        @Schema(description = "Cost per unit, for stock value") String unitCost,
        @Schema(description = "Date the stock count refers to") String asOf) {

    /** The mapped columns by role, in a fixed order. */
    public Map<String, String> columnsByRole() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("productId", productId);
        roles.put("stockOnHand", stockOnHand);
        roles.put("unitCost", unitCost);
        roles.put("asOf", asOf);
        return roles;
    }

    /** A stable text form of the whole mapping, for cache keys. */
    public String fingerprint() {
        return columnsByRole().toString();
    }

    /** What keeps this mapping from working on a dataset with these columns (empty when it works). */
    public List<String> problems(List<String> datasetColumns) {
        List<String> problems = new ArrayList<>();
        columnsByRole().forEach((role, column) -> {
            if (column != null && !datasetColumns.contains(column)) {
                problems.add(role + ": the dataset has no column '" + column + "'");
            }
        });
        if (productId == null) {
            problems.add("productId: no product id column is mapped");
        }
        if (stockOnHand == null) {
            problems.add("stockOnHand: no stock-on-hand column is mapped");
        }
        return problems;
    }
}
