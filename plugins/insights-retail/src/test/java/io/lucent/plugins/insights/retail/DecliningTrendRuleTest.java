package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecliningTrendRuleTest {

    private static final RetailThresholds DEFAULTS = RetailThresholds.from(RetailThresholds.SCHEMA.validate(Map.of()));
    private final DecliningTrendRule rule = new DecliningTrendRule();

    @Test
    void reportsASignificantDecline() {
        List<Insight> insights = evaluate(ProductTable.full().product("product_id", "FAN", "product_name", "Desk fan",
                "trend_pct", -42.5, "trend_p_value", 0.004, "observations", 18L, "units", 120.0, "revenue", 3600.0), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.category()).isEqualTo(InsightCategory.RISK);
            assertThat(insight.title()).isEqualTo("Desk fan: sales trending down 42.5%");
            assertThat(insight.description()).contains("last 18 periods", "fell by 42.5%", "p ≤ 0.05", "120 units", "3,600.00");
            assertThat(insight.confidence()).isEqualTo(Confidence.HIGH);
        });
    }

    @Test
    void ignoresDeclinesThatAreNotSignificantTooSmallOrTooShort() {
        ProductTable table = ProductTable.full()
                .product("product_id", "NOISE", "trend_pct", -60.0, "trend_p_value", 0.3, "observations", 24L)
                .product("product_id", "SMALL", "trend_pct", -10.0, "trend_p_value", 0.001, "observations", 24L)
                .product("product_id", "SHORT", "trend_pct", -60.0, "trend_p_value", 0.01, "observations", 4L)
                .product("product_id", "UP", "trend_pct", 60.0, "trend_p_value", 0.001, "observations", 24L);

        assertThat(evaluate(table, DEFAULTS)).isEmpty();
    }

    @Test
    void isUnsureOfABorderlineDeclineOnFewPeriods() {
        List<Insight> insights = evaluate(ProductTable.full()
                .product("product_id", "EDGE", "trend_pct", -21.0, "trend_p_value", 0.04, "observations", 7L), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> assertThat(insight.confidence()).isEqualTo(Confidence.LOW));
    }

    @Test
    void putsTheBiggestSellerFirst() {
        ProductTable table = ProductTable.full()
                .product("product_id", "SMALL", "trend_pct", -80.0, "trend_p_value", 0.001, "observations", 24L, "revenue", 50.0)
                .product("product_id", "BIG", "trend_pct", -25.0, "trend_p_value", 0.01, "observations", 24L, "revenue", 9000.0);

        assertThat(evaluate(table, DEFAULTS)).extracting(Insight::subject).containsExactly("BIG", "SMALL");
    }

    @Test
    void usesTheConfiguredThresholds() {
        RetailThresholds strict = RetailThresholds.from(new Settings(Map.of("decliningTrendPct", 50.0, "trendSignificance", 0.01)));
        ProductTable table = ProductTable.full()
                .product("product_id", "A", "trend_pct", -45.0, "trend_p_value", 0.001, "observations", 24L)
                .product("product_id", "B", "trend_pct", -55.0, "trend_p_value", 0.02, "observations", 24L)
                .product("product_id", "C", "trend_pct", -55.0, "trend_p_value", 0.005, "observations", 24L);

        assertThat(evaluate(table, strict)).extracting(Insight::subject).containsExactly("C");
    }

    private List<Insight> evaluate(ProductTable table, RetailThresholds thresholds) {
        return rule.evaluate(ProductMetrics.from(table.input()).orElseThrow(), thresholds);
    }
}
