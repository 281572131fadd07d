package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.Comparator;
import java.util.List;

/**
 * {@code high-inventory-cost-slow-category} (EFFICIENCY): categories that hold a large share of the stock value
 * in stock that moves slowly.
 *
 * <p>Needs {@code stock_value} and {@code days_of_cover} in {@code category_metrics}. Fires when the category's
 * stock lasts at least {@code slowCoverDays} days and holds at least {@code minStockSharePct} percent of the
 * stock value of all categories. Ordered by stock value. Confidence: strong from twice the cover limit; ample
 * data from {@value #AMPLE_PRODUCTS} products in the category.
 */
final class SlowCategoryInventoryCostRule implements CategoryRule {

    static final String ID = "high-inventory-cost-slow-category";
    static final long AMPLE_PRODUCTS = 10;

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.EFFICIENCY,
                "Categories holding 10% or more of the stock value in stock that lasts 90 days or more: capital tied up in slow stock.");
    }

    @Override
    public List<Insight> evaluate(CategoryMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("stock_value", "days_of_cover")) {
            return List.of();
        }
        double total = metrics.rows().stream().filter(r -> r.stockValue() != null && r.stockValue() > 0).mapToDouble(CategoryRow::stockValue).sum();
        if (total <= 0) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(r -> r.stockValue() != null && r.stockValue() > 0 && r.daysOfCover() != null)
                .filter(r -> r.daysOfCover() >= thresholds.slowCoverDays() && r.stockValue() / total * 100 >= thresholds.minStockSharePct())
                .sorted(Comparator.comparing(CategoryRow::stockValue, Comparator.reverseOrder()).thenComparing(CategoryRow::category))
                .limit(thresholds.maxInsightsPerRule())
                .map(r -> insight(r, total, thresholds))
                .toList();
    }

    private static Insight insight(CategoryRow row, double total, RetailThresholds thresholds) {
        double share = row.stockValue() / total * 100;
        List<Metric> metrics = List.of(
                new Metric("stock_value", "Stock value at cost", row.stockValue(), "currency"),
                new Metric("stock_value_share_pct", "Share of all stock value", share, "%"),
                new Metric("days_of_cover", "Days of stock at the current pace", row.daysOfCover(), "days"),
                new Metric("slow_cover_days", "Slow-stock limit", thresholds.slowCoverDays(), "days"));
        String title = row.category() + ": " + NumberText.money(row.stockValue()) + " in stock that lasts " + NumberText.whole(row.daysOfCover()) + " days";
        String description = row.category() + " holds " + NumberText.percent(share) + "% of the stock value (" + NumberText.money(row.stockValue())
                + " at cost), and at the current pace that stock lasts " + NumberText.whole(row.daysOfCover()) + " days, beyond the "
                + NumberText.whole(thresholds.slowCoverDays()) + "-day limit.";
        boolean ample = row.products() != null && row.products() >= AMPLE_PRODUCTS;
        return new Insight(ID, InsightCategory.EFFICIENCY, title, description,
                Confidences.of(row.daysOfCover() >= 2 * thresholds.slowCoverDays(), ample), row.category(), metrics,
                "Order " + row.category() + " in smaller batches and clear the slowest items to free up capital.");
    }
}
