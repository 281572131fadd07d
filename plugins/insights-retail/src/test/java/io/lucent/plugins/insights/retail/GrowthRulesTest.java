package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.settings.Settings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrowthRulesTest {

    private static final RetailThresholds DEFAULTS = RetailThresholds.from(RetailThresholds.SCHEMA.validate(Map.of()));

    @Test
    void flagsAFastMoverWhoseStockRunsOutWithinTheCoverLimit() {
        ProductTable table = velocities().product("product_id", "FAST", "product_name", "Umbrella", "units_per_day", 5.0, "stock_on_hand", 20.0,
                "observations", 24L);

        List<Insight> insights = new HighVelocityLowStockRule().evaluate(products(table), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.category()).isEqualTo(InsightCategory.GROWTH);
            assertThat(insight.title()).isEqualTo("Umbrella: stock lasts 4 days at 5 units a day");
            assertThat(insight.confidence()).isEqualTo(Confidence.HIGH);
        });
    }

    @Test
    void leavesSlowProductsWithLittleStockAlone() {
        ProductTable table = velocities().product("product_id", "SLOW", "units_per_day", 0.1, "stock_on_hand", 1.0);

        assertThat(new HighVelocityLowStockRule().evaluate(products(table), DEFAULTS)).isEmpty();
    }

    @Test
    void announcesASeasonalPeakWithinTheLeadTimeAndNotOneFurtherAway() {
        CategoryTable categories = CategoryTable.full()
                .category("category", "Heaters", "peak_month", 2L, "seasonal_p_value", 0.001, "peak_index", 2.5)
                .category("category", "Fans", "peak_month", 7L, "seasonal_p_value", 0.001, "peak_index", 2.5)
                .category("category", "Mugs", "peak_month", 2L, "seasonal_p_value", 0.4, "peak_index", 2.5);

        List<Insight> insights = new SeasonalPeakRule().evaluate(new RetailTables(Optional.empty(), CategoryMetrics.from(categories.input())), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.title()).isEqualTo("Heaters: February peak starts in 2 weeks");
            assertThat(insight.confidence()).isEqualTo(Confidence.HIGH);
        });
    }

    @Test
    void countsWholeWeeksToTheNextPeakMonth() {
        assertThat(SeasonalPeakRule.weeksUntil(LocalDate.of(2017, 12, 30), 11)).isEqualTo(43);
        assertThat(SeasonalPeakRule.weeksUntil(LocalDate.of(2017, 11, 5), 11)).isZero();
        assertThat(SeasonalPeakRule.weeksUntil(LocalDate.of(2017, 10, 31), 11)).isZero();
        assertThat(SeasonalPeakRule.weeksUntil(LocalDate.of(2017, 10, 24), 11)).isEqualTo(1);
    }

    @Test
    void reportsTopSellersWithASignificantRiseOnly() {
        ProductTable table = ProductTable.full()
                .product("product_id", "UP", "revenue_rank", 3L, "trend_pct", 35.0, "trend_p_value", 0.02, "observations", 24L)
                .product("product_id", "LOWRANK", "revenue_rank", 300L, "trend_pct", 90.0, "trend_p_value", 0.001, "observations", 24L)
                .product("product_id", "NOISE", "revenue_rank", 1L, "trend_pct", 35.0, "trend_p_value", 0.3, "observations", 24L);

        assertThat(new TopSellerTrendingUpRule().evaluate(products(table), DEFAULTS)).extracting(Insight::subject).containsExactly("UP");
        RetailThresholds top500 = RetailThresholds.from(new Settings(Map.of("topSellerRank", 500L)));
        assertThat(new TopSellerTrendingUpRule().evaluate(products(table), top500)).extracting(Insight::subject).containsExactly("UP", "LOWRANK");
    }

    private static ProductTable velocities() {
        ProductTable table = ProductTable.full();
        for (int i = 1; i <= 6; i++) {
            table.product("product_id", "P" + i, "units_per_day", 0.2 * i, "stock_on_hand", 100.0);
        }
        return table;
    }

    private static ProductMetrics products(ProductTable table) {
        return ProductMetrics.from(table.input()).orElseThrow();
    }
}
