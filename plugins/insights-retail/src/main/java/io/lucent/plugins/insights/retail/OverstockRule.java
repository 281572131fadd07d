package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code overstock} (RISK): products that still sell but hold far more stock than their pace needs.
 *
 * <p>Needs {@code units_per_day} and {@code stock_on_hand} (or {@code days_of_cover}); uses {@code stock_value}.
 * Fires when the stock lasts at least {@code overstockDays} days at the current pace; products that do not sell
 * at all are left to {@code dead-stock}. Ordered by stock value, then by days of cover. Confidence: strong from
 * twice the limit; ample data when the trend rests on at least {@code minTrendObservations} periods or
 * {@value #AMPLE_UNITS} units sold.
 */
final class OverstockRule implements RetailRule {

    static final String ID = "overstock";
    static final double AMPLE_UNITS = 50;

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.RISK,
                "Products whose stock lasts 180 days or more at their current sales pace (overstock against velocity).");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("units_per_day") || !(metrics.has("stock_on_hand") || metrics.has("days_of_cover"))) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(r -> r.unitsPerDay() != null && r.unitsPerDay() > 0 && r.cover() != null && r.cover() >= thresholds.overstockDays())
                .sorted(Comparator.comparing(ProductRow::stockValue, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ProductRow::cover, Comparator.reverseOrder()).thenComparing(ProductRow::productId))
                .limit(thresholds.maxInsightsPerRule())
                .map(r -> insight(r, thresholds))
                .toList();
    }

    private static Insight insight(ProductRow row, RetailThresholds thresholds) {
        double cover = row.cover();
        List<Metric> metrics = new ArrayList<>(List.of(
                new Metric("days_of_cover", "Days of stock at the current pace", cover, "days"),
                new Metric("units_per_day", "Units sold per day", row.unitsPerDay(), "units/day"),
                new Metric("overstock_days", "Overstock limit", thresholds.overstockDays(), "days")));
        String title = row.name() + ": " + NumberText.whole(cover) + " days of stock at the current pace";
        StringBuilder description = new StringBuilder(row.name() + " sells " + NumberText.percent(row.unitsPerDay()) + " units a day, so its stock lasts "
                + NumberText.whole(cover) + " days, beyond the " + NumberText.whole(thresholds.overstockDays()) + "-day overstock limit.");
        if (row.stockOnHand() != null) {
            metrics.add(new Metric("stock_on_hand", "Units in stock", row.stockOnHand(), "units"));
            description.append(' ').append(NumberText.whole(row.stockOnHand())).append(" units are in stock");
            if (row.stockValue() != null) {
                metrics.add(new Metric("stock_value", "Stock value at cost", row.stockValue(), "currency"));
                description.append(", worth ").append(NumberText.money(row.stockValue())).append(" at cost");
            }
            description.append('.');
        }
        boolean ample = row.observations() != null && row.observations() >= thresholds.minTrendObservations()
                || row.units() != null && row.units() >= AMPLE_UNITS;
        return new Insight(ID, InsightCategory.RISK, title, description.toString(), Confidences.of(cover >= 2 * thresholds.overstockDays(), ample),
                row.name(), metrics, "Pause reorders of " + row.name() + " and consider a promotion to bring its stock in line with demand.");
    }
}
