package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.List;

/** One rule of the retail pack, over whichever metric tables it needs. Stateless. */
interface PackRule {

    RuleDescriptor descriptor();

    /** The insights, most important first, at most {@code maxInsightsPerRule}; none when its tables or columns are absent. */
    List<Insight> evaluate(RetailTables tables, RetailThresholds thresholds);
}
