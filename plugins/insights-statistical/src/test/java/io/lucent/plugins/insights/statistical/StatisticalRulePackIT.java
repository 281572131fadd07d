package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.testkit.InsightRulePackContract;

/** The rule-pack contract against the built plugin zip (commons-math3 in lib/). */
class StatisticalRulePackIT extends InsightRulePackContract {

    @Override
    protected String extensionId() {
        return "statistical";
    }

    @Override
    protected InsightInput sampleInput() {
        return StatisticalRulePackTest.sample();
    }
}
