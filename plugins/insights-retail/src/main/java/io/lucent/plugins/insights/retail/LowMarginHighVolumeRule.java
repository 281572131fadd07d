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
 * {@code low-margin-high-volume} (EFFICIENCY): products among the best sellers by units whose margin is
 * below the target.
 *
 * <p>Needs {@code units} and {@code margin_pct}; uses {@code revenue} when present. High volume means units
 * at or above the {@code highVolumeQuantile} of units over the products that sold (linear interpolation
 * between order statistics); with fewer than {@value #MIN_PRODUCTS} selling products there is no meaningful
 * top group and the rule does not apply. Ordered by the profit missing to reach the target margin
 * (revenue × gap), then by units. Confidence: the effect is strong when the margin is negative or at least
 * 10 points below target; the data is ample from {@value #AMPLE_UNITS} units sold.
 */
final class LowMarginHighVolumeRule implements RetailRule {

    static final String ID = "low-margin-high-volume";
    static final int MIN_PRODUCTS = 5;
    static final double AMPLE_UNITS = 50;
    private static final double STRONG_GAP_POINTS = 10;

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.EFFICIENCY,
                "Best-selling products by units (top 20% by default) whose margin is below the target (10% by default).");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("units", "margin_pct")) {
            return List.of();
        }
        double[] units = metrics.rows().stream().filter(row -> row.units() != null && row.units() > 0)
                .mapToDouble(ProductRow::units).sorted().toArray();
        if (units.length < MIN_PRODUCTS) {
            return List.of();
        }
        double volumeThreshold = quantile(units, thresholds.highVolumeQuantile());
        double target = thresholds.lowMarginPct();
        Comparator<ProductRow> importance = Comparator
                .comparing((ProductRow row) -> profitGap(row, target), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProductRow::units, Comparator.reverseOrder())
                .thenComparing(ProductRow::productId);
        return metrics.rows().stream()
                .filter(row -> row.units() != null && row.units() > 0 && row.units() >= volumeThreshold)
                .filter(row -> row.marginPct() != null && row.marginPct() < target)
                .sorted(importance)
                .limit(thresholds.maxInsightsPerRule())
                .map(row -> insight(row, volumeThreshold, thresholds))
                .toList();
    }

    /** The quantile of sorted values, interpolating linearly between order statistics. */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static Double profitGap(ProductRow row, double target) {
        return row.revenue() == null ? null : row.revenue() * (target - row.marginPct()) / 100;
    }

    private static Insight insight(ProductRow row, double volumeThreshold, RetailThresholds thresholds) {
        double target = thresholds.lowMarginPct();
        double topShare = (1 - thresholds.highVolumeQuantile()) * 100;
        List<Metric> metrics = new ArrayList<>(Arrays.asList(
                new Metric("units", "Units sold", row.units(), "units"),
                new Metric("margin_pct", "Margin", row.marginPct(), "%"),
                new Metric("high_volume_threshold_units", "Units sold by the top group at least", volumeThreshold, "units"),
                new Metric("top_share_pct", "Top group", topShare, "%"),
                new Metric("margin_target_pct", "Margin target", target, "%")));
        String title = row.name() + ": " + NumberText.whole(row.units()) + " units sold at a " + NumberText.percent(row.marginPct())
                + "% margin";
        StringBuilder description = new StringBuilder(row.name() + " is among the top " + NumberText.percent(topShare)
                + "% of products by units sold (at least " + NumberText.whole(volumeThreshold) + " units) but earns a margin of only "
                + NumberText.percent(row.marginPct()) + "%, below the " + NumberText.percent(target) + "% target.");
        Double gap = profitGap(row, target);
        if (gap != null) {
            metrics.add(new Metric("revenue", "Revenue", row.revenue(), "currency"));
            metrics.add(new Metric("profit_gap_to_target", "Profit missing to reach the target margin", gap, "currency"));
            description.append(" Reaching the target on its ").append(NumberText.money(row.revenue()))
                    .append(" of revenue would add about ").append(NumberText.money(gap)).append(" of profit.");
        }
        if (row.profit() != null) {
            metrics.add(new Metric("profit", "Profit", row.profit(), "currency"));
        }
        boolean strong = row.marginPct() < 0 || target - row.marginPct() >= STRONG_GAP_POINTS;
        Confidence confidence = Confidences.of(strong, row.units() >= AMPLE_UNITS);
        String action = "Review the price, discounts or purchase cost of " + row.name()
                + ": at this volume every margin point adds up.";
        return new Insight(ID, InsightCategory.EFFICIENCY, title, description.toString(), confidence, row.name(), metrics, action);
    }
}
