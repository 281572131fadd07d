package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import java.util.List;

/** A rule of the retail pack over {@code category_metrics}. Stateless. */
interface CategoryRule extends PackRule {

    @Override
    default List<Insight> evaluate(RetailTables tables, RetailThresholds thresholds) {
        return tables.categories().map(categories -> evaluate(categories, thresholds)).orElse(List.of());
    }

    List<Insight> evaluate(CategoryMetrics metrics, RetailThresholds thresholds);
}
