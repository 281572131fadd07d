package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code high-velocity-low-stock} (GROWTH): fast-moving products whose stock runs out soon.
 *
 * <p>Needs {@code units_per_day} and {@code stock_on_hand} (or {@code days_of_cover}). Fast-moving means units
 * per day at or above the {@code fastMoverQuantile} over the products that sold (at least
 * {@value #MIN_PRODUCTS} of them); low stock means at most {@code lowCoverDays} days of cover. Ordered by days
 * of cover, then by units per day. Confidence: strong when the cover is at most half the limit; ample data
 * when the trend rests on at least {@code minTrendObservations} periods or {@value #AMPLE_UNITS} units sold.
 */
final class HighVelocityLowStockRule implements RetailRule {

    static final String ID = "high-velocity-low-stock";
    static final int MIN_PRODUCTS = 5;
    static final double AMPLE_UNITS = 50;

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.GROWTH,
                "Fast-moving products (top 20% by units per day by default) whose stock lasts 14 days or less: reorder before sales are lost.");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("units_per_day") || !(metrics.has("stock_on_hand") || metrics.has("days_of_cover"))) {
            return List.of();
        }
        double[] velocities = metrics.rows().stream().filter(r -> r.unitsPerDay() != null && r.unitsPerDay() > 0)
                .mapToDouble(ProductRow::unitsPerDay).sorted().toArray();
        if (velocities.length < MIN_PRODUCTS) {
            return List.of();
        }
        double fast = Quantiles.of(velocities, thresholds.fastMoverQuantile());
        return metrics.rows().stream()
                .filter(r -> r.unitsPerDay() != null && r.unitsPerDay() > 0 && r.unitsPerDay() >= fast)
                .filter(r -> r.cover() != null && r.cover() <= thresholds.lowCoverDays())
                .sorted(Comparator.comparing(ProductRow::cover).thenComparing(ProductRow::unitsPerDay, Comparator.reverseOrder())
                        .thenComparing(ProductRow::productId))
                .limit(thresholds.maxInsightsPerRule())
                .map(r -> insight(r, fast, thresholds))
                .toList();
    }

    private static Insight insight(ProductRow row, double fast, RetailThresholds thresholds) {
        double cover = row.cover();
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric("units_per_day", "Units sold per day", row.unitsPerDay(), "units/day"),
                new Metric("days_of_cover", "Days of stock at the current pace", cover, "days"),
                new Metric("fast_mover_threshold_units_per_day", "Units per day of the fastest products at least", fast, "units/day"),
                new Metric("low_cover_days", "Low-cover limit", thresholds.lowCoverDays(), "days")));
        String title = row.name() + ": stock lasts " + NumberText.whole(cover) + " days at " + NumberText.percent(row.unitsPerDay()) + " units a day";
        StringBuilder description = new StringBuilder(row.name() + " is one of the fastest-moving products (at least "
                + NumberText.percent(fast) + " units a day) and its stock lasts only " + NumberText.whole(cover) + " days at that pace, within the "
                + NumberText.whole(thresholds.lowCoverDays()) + "-day limit.");
        if (row.stockOnHand() != null) {
            metrics.add(new Metric("stock_on_hand", "Units in stock", row.stockOnHand(), "units"));
            description.append(' ').append(NumberText.whole(row.stockOnHand())).append(" units are left.");
        }
        boolean ample = row.observations() != null && row.observations() >= thresholds.minTrendObservations()
                || row.units() != null && row.units() >= AMPLE_UNITS;
        return new Insight(ID, InsightCategory.GROWTH, title, description.toString(), Confidences.of(cover <= thresholds.lowCoverDays() / 2, ample),
                row.name(), metrics, "Reorder " + row.name() + " now so that a best seller does not run out.");
    }
}
