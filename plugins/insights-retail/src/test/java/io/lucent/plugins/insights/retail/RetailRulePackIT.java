package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.testkit.InsightRulePackContract;

/** The rule-pack contract against the built plugin zip. */
class RetailRulePackIT extends InsightRulePackContract {

    @Override
    protected String extensionId() {
        return "retail";
    }

    @Override
    protected InsightInput sampleInput() {
        return RetailRulePackTest.sample();
    }
}
