package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.InsightInput;
import java.util.Optional;

/**
 * The metric tables of the retail pack that the input holds.
 *
 * @param products   {@code product_metrics}, if present and usable
 * @param categories {@code category_metrics}, if present and usable
 */
record RetailTables(Optional<ProductMetrics> products, Optional<CategoryMetrics> categories) {

    static RetailTables from(InsightInput input) {
        return new RetailTables(ProductMetrics.from(input), CategoryMetrics.from(input));
    }

    boolean isEmpty() {
        return products.isEmpty() && categories.isEmpty();
    }
}
