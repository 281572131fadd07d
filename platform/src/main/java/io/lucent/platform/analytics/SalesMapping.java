package io.lucent.platform.analytics;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which columns of a sales dataset hold what. Every field is a column name, or {@code null} when the dataset
 * has no such column. Revenue comes from {@code revenue} (line revenue) or else {@code quantity × unitPrice};
 * cost from {@code revenue − profit} when {@code profit} is mapped, or else {@code quantity × unitCost}.
 * When {@code cancellationPrefix} is set, rows whose {@code orderId} starts with it are cancellations.
 *
 * @param date               the sale's date or timestamp (required)
 * @param productId          the product id (required)
 * @param productName        the product's name
 * @param category           the grouping used as "category" (for example Category, Sub-Category or Country)
 * @param quantity           units per line
 * @param unitPrice          price per unit
 * @param revenue            revenue per line
 * @param unitCost           cost per unit
 * @param profit             profit per line
 * @param customer           the customer
 * @param orderId            the order or invoice id
 * @param cancellationPrefix order ids starting with this are cancellations (UCI Online Retail: {@code C})
 */
@Schema(description = "Which columns of a sales dataset hold what; null where the dataset has no such column")
public record SalesMapping(String date, String productId, String productName, String category, String quantity, String unitPrice,
                           String revenue, String unitCost, String profit, String customer, String orderId,
                           String cancellationPrefix) {

    /** The mapped columns by role, in a fixed order (for cache keys and validation). */
    public Map<String, String> columnsByRole() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("date", date);
        roles.put("productId", productId);
        roles.put("productName", productName);
        roles.put("category", category);
        roles.put("quantity", quantity);
        roles.put("unitPrice", unitPrice);
        roles.put("revenue", revenue);
        roles.put("unitCost", unitCost);
        roles.put("profit", profit);
        roles.put("customer", customer);
        roles.put("orderId", orderId);
        return roles;
    }

    /** A stable text form of the whole mapping, for cache keys. */
    public String fingerprint() {
        return columnsByRole() + "|cancel=" + cancellationPrefix;
    }

    /** This mapping with another column as the category (a per-request grouping). */
    public SalesMapping withCategory(String column) {
        return new SalesMapping(date, productId, productName, column, quantity, unitPrice, revenue, unitCost, profit, customer, orderId,
                cancellationPrefix);
    }

    /** What is missing for any analysis: date, product id, and revenue or quantity with unit price. */
    public List<String> problems(List<String> datasetColumns) {
        List<String> problems = new ArrayList<>();
        columnsByRole().forEach((role, column) -> {
            if (column != null && !datasetColumns.contains(column)) {
                problems.add(role + ": the dataset has no column '" + column + "'");
            }
        });
        if (date == null) {
            problems.add("date: no date column is mapped");
        }
        if (productId == null) {
            problems.add("productId: no product id column is mapped");
        }
        if (revenue == null && (quantity == null || unitPrice == null)) {
            problems.add("revenue: map a line revenue column, or both quantity and unitPrice");
        }
        if (cancellationPrefix != null && (cancellationPrefix.isEmpty() || orderId == null)) {
            problems.add("cancellationPrefix: needs a non-empty prefix and a mapped orderId column");
        }
        return problems;
    }
}
