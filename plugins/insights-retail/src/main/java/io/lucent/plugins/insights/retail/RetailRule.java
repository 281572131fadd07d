package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.List;

/** One rule of the retail pack. Stateless. */
interface RetailRule {

    RuleDescriptor descriptor();

    /**
     * The insights this rule finds, most important first, at most {@code maxInsightsPerRule}; none when the
     * columns it needs are absent.
     */
    List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds);
}
