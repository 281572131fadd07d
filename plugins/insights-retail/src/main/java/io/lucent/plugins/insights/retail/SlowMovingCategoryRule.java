package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.Comparator;
import java.util.List;

/**
 * {@code slow-moving-category} (EFFICIENCY): categories whose products sell far slower than the typical
 * category's.
 *
 * <p>Needs {@code units_per_product_per_day} in {@code category_metrics}, for at least {@value #MIN_CATEGORIES}
 * categories. Fires when a category sells at most {@code slowCategoryRatio} times the median category's units
 * per product. Figures are stated per 30 days. Ordered by that ratio, slowest first. Confidence: strong at half
 * the ratio or less; ample data from {@value #AMPLE_PRODUCTS} products in the category.
 */
final class SlowMovingCategoryRule implements CategoryRule {

    static final String ID = "slow-moving-category";
    static final int MIN_CATEGORIES = 3;
    static final long AMPLE_PRODUCTS = 10;
    static final double DAYS = 30;

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.EFFICIENCY,
                "Categories whose products sell at half the median category's pace or slower (units per product and day).");
    }

    @Override
    public List<Insight> evaluate(CategoryMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("units_per_product_per_day")) {
            return List.of();
        }
        double[] paces = metrics.rows().stream().filter(r -> r.unitsPerProductPerDay() != null).mapToDouble(CategoryRow::unitsPerProductPerDay)
                .sorted().toArray();
        if (paces.length < MIN_CATEGORIES) {
            return List.of();
        }
        double median = Quantiles.of(paces, 0.5);
        if (median <= 0) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(r -> r.unitsPerProductPerDay() != null && r.unitsPerProductPerDay() <= thresholds.slowCategoryRatio() * median)
                .sorted(Comparator.comparing(CategoryRow::unitsPerProductPerDay).thenComparing(CategoryRow::category))
                .limit(thresholds.maxInsightsPerRule())
                .map(r -> insight(r, median, thresholds))
                .toList();
    }

    private static Insight insight(CategoryRow row, double median, RetailThresholds thresholds) {
        double pace = row.unitsPerProductPerDay() * DAYS;
        double medianPace = median * DAYS;
        double ratio = row.unitsPerProductPerDay() / median * 100;
        List<Metric> metrics = List.of(
                new Metric("units_per_product_per_30_days", "Units per product every 30 days", pace, "units"),
                new Metric("median_units_per_product_per_30_days", "The median category's units per product every 30 days", medianPace, "units"),
                new Metric("pace_vs_median_pct", "Pace against the median category", ratio, "%"),
                new Metric("slow_category_ratio_pct", "Slow-moving limit", thresholds.slowCategoryRatio() * 100, "%"),
                new Metric("period_days", "Period the pace is stated for", DAYS, "days"));
        String title = row.category() + ": products sell at " + NumberText.percent(ratio) + "% of the typical category's pace";
        String description = "A product in " + row.category() + " sells " + NumberText.percent(pace) + " units every 30 days on average, against "
                + NumberText.percent(medianPace) + " in the median category: " + NumberText.percent(ratio) + "% of its pace, at or below the "
                + NumberText.percent(thresholds.slowCategoryRatio() * 100) + "% limit.";
        boolean ample = row.products() != null && row.products() >= AMPLE_PRODUCTS;
        return new Insight(ID, InsightCategory.EFFICIENCY, title, description,
                Confidences.of(row.unitsPerProductPerDay() <= thresholds.slowCategoryRatio() * median / 2, ample), row.category(), metrics,
                "Trim the range of " + row.category() + " to its sellers and use the shelf space for faster categories.");
    }
}
