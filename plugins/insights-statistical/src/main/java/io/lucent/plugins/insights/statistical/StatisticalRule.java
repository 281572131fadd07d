package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.List;

/** One rule of the statistical pack. Stateless. */
interface StatisticalRule {

    RuleDescriptor descriptor();

    /** The insights, most important first, at most {@code maxInsightsPerRule}; none when the series are absent or too short. */
    List<Insight> evaluate(List<Series> daily, List<Series> monthly, StatisticalThresholds thresholds);
}
