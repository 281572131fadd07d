package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code declining-trend} (RISK): products whose sales trend falls significantly.
 *
 * <p>Needs {@code trend_pct}, {@code trend_p_value} and {@code observations}; uses {@code units} and
 * {@code revenue} when present. Fires when the trend falls by at least {@code decliningTrendPct} percent,
 * with a p-value at most {@code trendSignificance}, over at least {@code minTrendObservations} periods.
 * Ordered by revenue (the decline of a big seller matters most), then by the steepness of the fall.
 * Confidence: the effect is strong when the fall is at least twice the threshold or the p-value at most a
 * fifth of the significance level; the data is ample from twice the minimum number of periods.
 */
final class DecliningTrendRule implements RetailRule {

    static final String ID = "declining-trend";

    private static final Comparator<ProductRow> IMPORTANCE = Comparator
            .comparing(ProductRow::revenue, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ProductRow::trendPct)
            .thenComparing(ProductRow::productId);

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.RISK,
                "Products whose sales trend falls significantly (by 20% or more at p ≤ 0.05 by default).");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("trend_pct", "trend_p_value", "observations")) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(row -> row.trendPct() != null && row.trendPValue() != null && row.observations() != null)
                .filter(row -> row.trendPct() <= -thresholds.decliningTrendPct())
                .filter(row -> row.trendPValue() <= thresholds.trendSignificance())
                .filter(row -> row.observations() >= thresholds.minTrendObservations())
                .sorted(IMPORTANCE)
                .limit(thresholds.maxInsightsPerRule())
                .map(row -> insight(row, thresholds))
                .toList();
    }

    private static Insight insight(ProductRow row, RetailThresholds thresholds) {
        double fall = -row.trendPct();
        List<Metric> metrics = new ArrayList<>(Arrays.asList(
                new Metric("trend_pct", "Sales trend over the period", row.trendPct(), "%"),
                new Metric("trend_p_value", "p-value of the trend", row.trendPValue(), ""),
                new Metric("observations", "Periods in the trend", row.observations(), "periods"),
                new Metric("decline_threshold_pct", "Decline threshold", thresholds.decliningTrendPct(), "%"),
                new Metric("significance_level", "Significance level", thresholds.trendSignificance(), "")));
        String title = row.name() + ": sales trending down " + NumberText.percent(fall) + "%";
        StringBuilder description = new StringBuilder("Over the last " + NumberText.whole(row.observations())
                + " periods the sales trend of " + row.name() + " fell by " + NumberText.percent(fall)
                + "%, a statistically significant decline (p ≤ " + NumberText.pValue(thresholds.trendSignificance()) + ").");
        if (row.units() != null && row.revenue() != null) {
            metrics.add(new Metric("units", "Units sold", row.units(), "units"));
            metrics.add(new Metric("revenue", "Revenue", row.revenue(), "currency"));
            description.append(" It sold ").append(NumberText.whole(row.units())).append(" units for ")
                    .append(NumberText.money(row.revenue())).append(" in the period.");
        }
        boolean strong = fall >= 2 * thresholds.decliningTrendPct() || row.trendPValue() <= thresholds.trendSignificance() / 5;
        boolean ample = row.observations() >= 2 * thresholds.minTrendObservations();
        Confidence confidence = Confidences.of(strong, ample);
        String action = "Find out why " + row.name() + " sells less (price, competition, availability, season) and reduce "
                + "reorders so that stock does not pile up.";
        return new Insight(ID, InsightCategory.RISK, title, description.toString(), confidence, row.name(), metrics, action);
    }
}
