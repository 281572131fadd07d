package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.testkit.TestPluginContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RetailRulePackTest {

    private final RetailRulePack pack = new RetailRulePack();

    @Test
    void declaresThreeRulesPerCategory() {
        assertThat(pack.id()).isEqualTo("retail");
        assertThat(pack.rules()).extracting(RuleDescriptor::id, RuleDescriptor::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dead-stock", InsightCategory.RISK),
                org.assertj.core.groups.Tuple.tuple("low-margin-high-volume", InsightCategory.EFFICIENCY),
                org.assertj.core.groups.Tuple.tuple("declining-trend", InsightCategory.RISK),
                org.assertj.core.groups.Tuple.tuple("high-velocity-low-stock", InsightCategory.GROWTH),
                org.assertj.core.groups.Tuple.tuple("seasonal-peak-approaching", InsightCategory.GROWTH),
                org.assertj.core.groups.Tuple.tuple("top-seller-trending-up", InsightCategory.GROWTH),
                org.assertj.core.groups.Tuple.tuple("overstock", InsightCategory.RISK),
                org.assertj.core.groups.Tuple.tuple("high-inventory-cost-slow-category", InsightCategory.EFFICIENCY),
                org.assertj.core.groups.Tuple.tuple("slow-moving-category", InsightCategory.EFFICIENCY));
    }

    @Test
    void everyNumberStatedInAnInsightIsAmongItsSupportingMetrics() {
        List<Insight> insights = evaluate(sample(), Map.of());

        assertThat(insights).extracting(Insight::ruleId).contains("dead-stock", "low-margin-high-volume", "declining-trend",
                "high-velocity-low-stock", "seasonal-peak-approaching", "top-seller-trending-up", "overstock",
                "high-inventory-cost-slow-category", "slow-moving-category");
        for (Insight insight : insights) {
            for (String number : numbersIn(insight.title() + " " + insight.description())) {
                assertThat(insight.supportingMetrics()).as("metrics of '%s' backing %s", insight.title(), number)
                        .anySatisfy(metric -> assertThat(matches(metric, number)).isTrue());
            }
        }
    }

    @Test
    void findsNothingWithoutTheProductMetricsTable() {
        InsightInput input = new InsightInput("sales", ProductTable.AS_OF, Map.of("revenue_total", 5.0), Map.of());

        assertThat(evaluate(input, Map.of())).isEmpty();
    }

    @Test
    void skipsOnlyTheRulesWhoseColumnsAreMissing() {
        InsightInput input = ProductTable.withColumns("product_id", "days_since_last_sale")
                .product("product_id", "P1", "days_since_last_sale", 200L).input();

        assertThat(evaluate(input, Map.of())).extracting(Insight::ruleId).containsExactly("dead-stock");
    }

    @Test
    void treatsAColumnOfTheWrongTypeAsMissing() {
        InsightInput input = ProductTable.withColumns("product_id").column("days_since_last_sale", ColumnType.TEXT)
                .product("product_id", "P1", "days_since_last_sale", "200").input();

        assertThat(evaluate(input, Map.of())).isEmpty();
    }

    @Test
    void acceptsWholeNumbersWhereDecimalsAreDeclared() {
        InsightInput input = ProductTable.withColumns("product_id", "days_since_last_sale").column("stock_value", ColumnType.INTEGER)
                .product("product_id", "P1", "days_since_last_sale", 200L, "stock_value", 1500L).input();

        assertThat(evaluate(input, Map.of())).singleElement()
                .satisfies(insight -> assertThat(insight.title()).contains("1,500.00 in stock"));
    }

    @Test
    void returnsTheSameInsightsInTheSameOrderEveryTime() {
        assertThat(evaluate(sample(), Map.of())).isEqualTo(evaluate(sample(), Map.of()));
    }

    @Test
    void reportsAtMostTheConfiguredNumberOfInsightsPerRule() {
        ProductTable table = ProductTable.withColumns("product_id", "days_since_last_sale");
        for (int i = 0; i < 30; i++) {
            table.product("product_id", "P" + i, "days_since_last_sale", 100L + i);
        }

        assertThat(evaluate(table.input(), Map.of())).hasSize(10);
        assertThat(evaluate(table.input(), Map.of("maxInsightsPerRule", 3))).extracting(Insight::subject)
                .containsExactly("P29", "P28", "P27");
    }

    @Test
    void honoursCancellation() {
        TestPluginContext cancelled = TestPluginContext.forExtension(pack).cancel();

        assertThatThrownBy(() -> pack.evaluate(sample(), cancelled)).isInstanceOf(CancelledException.class);
    }

    @Test
    void givesConfidenceFromEffectSizeAndDataQuality() {
        assertThat(Confidences.of(true, true)).isEqualTo(Confidence.HIGH);
        assertThat(Confidences.of(true, false)).isEqualTo(Confidence.MEDIUM);
        assertThat(Confidences.of(false, true)).isEqualTo(Confidence.MEDIUM);
        assertThat(Confidences.of(false, false)).isEqualTo(Confidence.LOW);
    }

    /** A store with one product or category for each rule and several that trigger none. */
    static InsightInput sample() {
        ProductTable table = ProductTable.full()
                .product("product_id", "OLD", "product_name", "Brass lamp", "units", 0.0, "revenue", 0.0,
                        "days_since_last_sale", 240L, "stock_on_hand", 14.0, "stock_value", 1234.5)
                .product("product_id", "CHEAP", "product_name", "Copy paper", "units", 900.0, "revenue", 4500.0, "profit", 135.0,
                        "margin_pct", 3.0, "days_since_last_sale", 1L, "trend_pct", 5.0, "trend_p_value", 0.4, "observations", 24L)
                .product("product_id", "FALL", "product_name", "Desk fan", "units", 120.0, "revenue", 3600.0, "profit", 900.0,
                        "margin_pct", 25.0, "days_since_last_sale", 3L, "trend_pct", -42.5, "trend_p_value", 0.004, "observations", 18L)
                .product("product_id", "FAST", "product_name", "Umbrella", "units", 2400.0, "units_per_day", 6.6, "stock_on_hand", 40.0,
                        "days_since_last_sale", 0L, "observations", 24L, "revenue_rank", 1L, "trend_pct", 48.0, "trend_p_value", 0.001,
                        "revenue", 36000.0)
                .product("product_id", "HEAP", "product_name", "Garden gnome", "units", 50.0, "units_per_day", 0.14, "stock_on_hand", 400.0,
                        "stock_value", 2000.0, "days_since_last_sale", 10L, "observations", 24L)
                .product("product_id", "SNOW", "product_name", "Sledge", "units", 300.0, "peak_month", 2L, "seasonal_p_value", 0.002,
                        "peak_index", 3.4, "days_since_last_sale", 20L);
        for (int i = 1; i <= 8; i++) {
            table.product("product_id", "OK" + i, "units", 10.0 * i, "units_per_day", 0.1 * i, "revenue", 100.0 * i, "margin_pct", 30.0,
                    "days_since_last_sale", (long) i, "trend_pct", 2.0, "trend_p_value", 0.5, "observations", 24L);
        }
        CategoryTable categories = CategoryTable.full()
                .category("category", "Toys", "products", 40L, "units_per_product_per_day", 0.05, "stock_value", 25000.0, "days_of_cover", 300.0)
                .category("category", "Garden", "products", 30L, "units_per_product_per_day", 0.4, "stock_value", 8000.0, "days_of_cover", 40.0)
                .category("category", "Kitchen", "products", 25L, "units_per_product_per_day", 0.5, "stock_value", 9000.0, "days_of_cover", 30.0,
                        "peak_month", 1L, "seasonal_p_value", 0.01, "peak_index", 1.3);
        return table.input(Map.of(CategoryMetrics.TABLE, categories.table()));
    }

    private List<Insight> evaluate(InsightInput input, Map<String, ?> settings) {
        return pack.evaluate(input, TestPluginContext.forExtension(pack, settings));
    }

    private static List<String> numbersIn(String text) {
        Matcher matcher = Pattern.compile("-?\\d[\\d,]*(\\.\\d+)?").matcher(text);
        List<String> numbers = new java.util.ArrayList<>();
        while (matcher.find()) {
            numbers.add(matcher.group());
        }
        return numbers;
    }

    /** Whether the metric, rounded as the text shows the number, equals it (signs aside: "down 42.5%"). */
    private static boolean matches(Metric metric, String number) {
        BigDecimal stated = new BigDecimal(number.replace(",", ""));
        BigDecimal value = BigDecimal.valueOf(Math.abs(metric.value())).setScale(Math.max(0, stated.scale()), RoundingMode.HALF_UP);
        return value.compareTo(stated.abs()) == 0;
    }
}
