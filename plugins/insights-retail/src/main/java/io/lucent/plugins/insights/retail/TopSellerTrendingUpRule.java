package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code top-seller-trending-up} (GROWTH): top sellers by revenue whose sales trend rises significantly.
 *
 * <p>Needs {@code revenue_rank}, {@code trend_pct}, {@code trend_p_value} and {@code observations}. Fires for
 * products ranked at most {@code topSellerRank} whose trend rises by at least {@code risingTrendPct} percent at
 * p at most {@code trendSignificance}, over at least {@code minTrendObservations} periods. Ordered by rank.
 * Confidence: strong when the rise is at least twice the threshold or p at most a fifth of the significance;
 * ample data from twice the minimum number of periods.
 */
final class TopSellerTrendingUpRule implements RetailRule {

    static final String ID = "top-seller-trending-up";

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.GROWTH,
                "Top sellers by revenue (top 20 by default) whose sales trend rises significantly (by 20% or more at p ≤ 0.05).");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("revenue_rank", "trend_pct", "trend_p_value", "observations")) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(r -> r.revenueRank() != null && r.trendPct() != null && r.trendPValue() != null && r.observations() != null)
                .filter(r -> r.revenueRank() <= thresholds.topSellerRank())
                .filter(r -> r.trendPct() >= thresholds.risingTrendPct() && r.trendPValue() <= thresholds.trendSignificance())
                .filter(r -> r.observations() >= thresholds.minTrendObservations())
                .sorted(Comparator.comparing(ProductRow::revenueRank).thenComparing(ProductRow::productId))
                .limit(thresholds.maxInsightsPerRule())
                .map(r -> insight(r, thresholds))
                .toList();
    }

    private static Insight insight(ProductRow row, RetailThresholds thresholds) {
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric("revenue_rank", "Rank by revenue", row.revenueRank(), ""),
                new Metric("trend_pct", "Sales trend over the period", row.trendPct(), "%"),
                new Metric("trend_p_value", "p-value of the trend", row.trendPValue(), ""),
                new Metric("observations", "Periods in the trend", row.observations(), "periods"),
                new Metric("rising_threshold_pct", "Rising threshold", thresholds.risingTrendPct(), "%"),
                new Metric("significance_level", "Significance level", thresholds.trendSignificance(), "")));
        String title = row.name() + ": best seller #" + NumberText.whole(row.revenueRank()) + " trending up " + NumberText.percent(row.trendPct()) + "%";
        StringBuilder description = new StringBuilder(row.name() + " ranks #" + NumberText.whole(row.revenueRank()) + " by revenue and its sales "
                + "trend rose by " + NumberText.percent(row.trendPct()) + "% over the last " + NumberText.whole(row.observations())
                + " periods, a statistically significant rise (p ≤ " + NumberText.pValue(thresholds.trendSignificance()) + ").");
        if (row.revenue() != null) {
            metrics.add(new Metric("revenue", "Revenue", row.revenue(), "currency"));
            description.append(" It brought in ").append(NumberText.money(row.revenue())).append(" in the period.");
        }
        boolean strong = row.trendPct() >= 2 * thresholds.risingTrendPct() || row.trendPValue() <= thresholds.trendSignificance() / 5;
        boolean ample = row.observations() >= 2 * thresholds.minTrendObservations();
        return new Insight(ID, InsightCategory.GROWTH, title, description.toString(), Confidences.of(strong, ample), row.name(), metrics,
                "Keep " + row.name() + " well stocked and visible, and consider featuring it: demand is growing.");
    }
}
