package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import java.util.List;

/** A rule of the retail pack over {@code product_metrics}. Stateless. */
interface RetailRule extends PackRule {

    @Override
    default List<Insight> evaluate(RetailTables tables, RetailThresholds thresholds) {
        return tables.products().map(products -> evaluate(products, thresholds)).orElse(List.of());
    }

    /**
     * The insights this rule finds, most important first, at most {@code maxInsightsPerRule}; none when the
     * columns it needs are absent.
     */
    List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds);
}
