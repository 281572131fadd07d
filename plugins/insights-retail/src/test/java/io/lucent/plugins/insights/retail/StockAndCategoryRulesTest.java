package io.lucent.plugins.insights.retail;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockAndCategoryRulesTest {

    private static final RetailThresholds DEFAULTS = RetailThresholds.from(RetailThresholds.SCHEMA.validate(Map.of()));

    @Test
    void flagsOverstockAgainstTheSalesPaceButLeavesUnsoldStockToDeadStock() {
        ProductTable table = ProductTable.full()
                .product("product_id", "HEAP", "product_name", "Gnome", "units_per_day", 0.5, "stock_on_hand", 200.0, "stock_value", 900.0,
                        "observations", 24L)
                .product("product_id", "DEAD", "units_per_day", 0.0, "stock_on_hand", 200.0)
                .product("product_id", "FINE", "units_per_day", 5.0, "stock_on_hand", 200.0);

        List<Insight> insights = new OverstockRule().evaluate(ProductMetrics.from(table.input()).orElseThrow(), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.category()).isEqualTo(InsightCategory.RISK);
            assertThat(insight.title()).isEqualTo("Gnome: 400 days of stock at the current pace");
            assertThat(insight.description()).contains("worth 900.00 at cost");
            assertThat(insight.confidence()).isEqualTo(Confidence.HIGH);
        });
    }

    @Test
    void reportsSlowCategoriesThatHoldMuchOfTheStockValue() {
        CategoryTable table = CategoryTable.full()
                .category("category", "Toys", "products", 12L, "stock_value", 6000.0, "days_of_cover", 120.0)
                .category("category", "Tiny", "products", 2L, "stock_value", 100.0, "days_of_cover", 500.0)
                .category("category", "Quick", "products", 30L, "stock_value", 4000.0, "days_of_cover", 20.0);

        List<Insight> insights = new SlowCategoryInventoryCostRule().evaluate(CategoryMetrics.from(table.input()).orElseThrow(), DEFAULTS);

        assertThat(insights).singleElement().satisfies(insight -> {
            assertThat(insight.subject()).isEqualTo("Toys");
            assertThat(insight.description()).contains("59.4% of the stock value");
            assertThat(insight.confidence()).isEqualTo(Confidence.MEDIUM);
        });
    }

    @Test
    void comparesEachCategorysPaceWithTheMedianCategory() {
        CategoryTable table = CategoryTable.full()
                .category("category", "A", "products", 20L, "units_per_product_per_day", 1.0)
                .category("category", "B", "products", 20L, "units_per_product_per_day", 0.8)
                .category("category", "C", "products", 20L, "units_per_product_per_day", 0.25)
                .category("category", "D", "products", 3L, "units_per_product_per_day", 0.1);

        List<Insight> insights = new SlowMovingCategoryRule().evaluate(CategoryMetrics.from(table.input()).orElseThrow(), DEFAULTS);

        assertThat(insights).extracting(Insight::subject, Insight::confidence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("D", Confidence.MEDIUM),
                org.assertj.core.groups.Tuple.tuple("C", Confidence.MEDIUM));
        assertThat(insights.get(1).title()).isEqualTo("C: products sell at 47.6% of the typical category's pace");
    }

    @Test
    void needsThreeCategoriesToCompare() {
        CategoryTable table = CategoryTable.full()
                .category("category", "A", "units_per_product_per_day", 1.0)
                .category("category", "B", "units_per_product_per_day", 0.01);

        assertThat(new SlowMovingCategoryRule().evaluate(CategoryMetrics.from(table.input()).orElseThrow(), DEFAULTS)).isEmpty();
    }
}
