package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.settings.Settings;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadStockRuleTest {

    private static final RetailThresholds DEFAULTS = RetailThresholds.from(RetailThresholds.SCHEMA.validate(java.util.Map.of()));
    private final DeadStockRule rule = new DeadStockRule();

    @Test
    void reportsAProductWithoutSalesPastTheLimitWithItsStockValue() {
        List<Insight> insights = evaluate(ProductTable.full()
                .product("product_id", "P1", "product_name", "Brass lamp", "days_since_last_sale", 120L,
                        "stock_on_hand", 14.0, "stock_value", 1234.5), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.category()).isEqualTo(InsightCategory.RISK);
            assertThat(insight.title()).isEqualTo("Brass lamp: no sale for 120 days, 1,234.50 in stock");
            assertThat(insight.description()).contains("90-day", "14 units", "worth 1,234.50 at cost");
            assertThat(insight.subject()).isEqualTo("Brass lamp");
            assertThat(insight.supportingMetrics()).extracting(Metric::name, Metric::value).contains(
                    org.assertj.core.groups.Tuple.tuple("days_since_last_sale", 120.0),
                    org.assertj.core.groups.Tuple.tuple("stock_value", 1234.5));
            assertThat(insight.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(insight.recommendedAction()).contains("Brass lamp");
        });
    }

    @Test
    void ignoresProductsSoldWithinTheLimit() {
        assertThat(evaluate(ProductTable.full().product("product_id", "P1", "days_since_last_sale", 89L), DEFAULTS)).isEmpty();
    }

    @Test
    void ignoresProductsKnownToHaveNoStockLeft() {
        assertThat(evaluate(ProductTable.full().product("product_id", "P1", "days_since_last_sale", 400L, "stock_on_hand", 0.0),
                DEFAULTS)).isEmpty();
    }

    @Test
    void isHighlyConfidentAfterTwiceTheLimitWithKnownStockAndUnsureWithoutStock() {
        List<Insight> insights = evaluate(ProductTable.full()
                .product("product_id", "KNOWN", "days_since_last_sale", 200L, "stock_on_hand", 3.0)
                .product("product_id", "UNKNOWN", "days_since_last_sale", 100L), DEFAULTS);

        assertThat(insights).extracting(Insight::subject, Insight::confidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KNOWN", Confidence.HIGH),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN", Confidence.LOW));
        assertThat(insights.get(1).description()).contains("not known");
    }

    @Test
    void putsTheLargestStockValueFirst() {
        List<Insight> insights = evaluate(ProductTable.full()
                .product("product_id", "SMALL", "days_since_last_sale", 300L, "stock_value", 10.0)
                .product("product_id", "NONE", "days_since_last_sale", 500L)
                .product("product_id", "BIG", "days_since_last_sale", 95L, "stock_value", 900.0), DEFAULTS);

        assertThat(insights).extracting(Insight::subject).containsExactly("BIG", "SMALL", "NONE");
    }

    @Test
    void usesTheConfiguredLimit() {
        RetailThresholds thirtyDays = RetailThresholds.from(new Settings(java.util.Map.of("deadStockDays", 30L)));

        assertThat(evaluate(ProductTable.full().product("product_id", "P1", "days_since_last_sale", 45L), thirtyDays)).hasSize(1);
    }

    private List<Insight> evaluate(ProductTable table, RetailThresholds thresholds) {
        return rule.evaluate(ProductMetrics.from(table.input()).orElseThrow(), thresholds);
    }
}
