package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.settings.Settings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LowMarginHighVolumeRuleTest {

    private static final RetailThresholds DEFAULTS = RetailThresholds.from(RetailThresholds.SCHEMA.validate(Map.of()));
    private final LowMarginHighVolumeRule rule = new LowMarginHighVolumeRule();

    @Test
    void reportsABestSellerWithAMarginBelowTarget() {
        List<Insight> insights = evaluate(store().product("product_id", "PAPER", "product_name", "Copy paper", "units", 900.0,
                "revenue", 4500.0, "margin_pct", 3.0, "profit", 135.0), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.category()).isEqualTo(InsightCategory.EFFICIENCY);
            assertThat(insight.title()).isEqualTo("Copy paper: 900 units sold at a 3% margin");
            assertThat(insight.description()).contains("top 20%", "below the 10% target", "4,500.00", "about 315.00 of profit");
            assertThat(insight.supportingMetrics()).extracting(Metric::name)
                    .contains("units", "margin_pct", "high_volume_threshold_units", "margin_target_pct", "profit_gap_to_target");
            assertThat(insight.confidence()).isEqualTo(Confidence.MEDIUM);
        });
    }

    @Test
    void ignoresBestSellersWithAHealthyMarginAndSlowSellersWithALowOne() {
        List<Insight> insights = evaluate(store()
                .product("product_id", "GOOD", "units", 900.0, "margin_pct", 25.0)
                .product("product_id", "SLOW", "units", 2.0, "margin_pct", -50.0), DEFAULTS);

        assertThat(insights).isEmpty();
    }

    @Test
    void isHighlyConfidentForALossMakerSoldInVolume() {
        List<Insight> insights = evaluate(store().product("product_id", "LOSS", "units", 900.0, "margin_pct", -4.0), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> assertThat(insight.confidence()).isEqualTo(Confidence.HIGH));
    }

    @Test
    void doesNotApplyWithTooFewSellingProductsForATopGroup() {
        ProductTable table = ProductTable.full()
                .product("product_id", "A", "units", 900.0, "margin_pct", 1.0)
                .product("product_id", "B", "units", 10.0, "margin_pct", 30.0);

        assertThat(evaluate(table, DEFAULTS)).isEmpty();
    }

    @Test
    void usesTheConfiguredQuantileAndTarget() {
        RetailThresholds loose = RetailThresholds.from(new Settings(Map.of("highVolumeQuantile", 0.5, "lowMarginPct", 35.0)));

        List<Insight> insights = evaluate(store(), loose);

        assertThat(insights).extracting(Insight::subject).containsExactly("S8", "S7", "S6", "S5");
    }

    @Test
    void interpolatesQuantilesBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};

        assertThat(LowMarginHighVolumeRule.quantile(sorted, 0.8)).isCloseTo(4.2, within(1e-12));
        assertThat(LowMarginHighVolumeRule.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(LowMarginHighVolumeRule.quantile(new double[] {7}, 0.9)).isEqualTo(7);
    }

    /** Eight ordinary products selling 10 to 80 units at a 30% margin. */
    private static ProductTable store() {
        ProductTable table = ProductTable.full();
        for (int i = 1; i <= 8; i++) {
            table.product("product_id", "S" + i, "units", 10.0 * i, "revenue", 100.0 * i, "margin_pct", 30.0);
        }
        return table;
    }

    private List<Insight> evaluate(ProductTable table, RetailThresholds thresholds) {
        return rule.evaluate(ProductMetrics.from(table.input()).orElseThrow(), thresholds);
    }
}
