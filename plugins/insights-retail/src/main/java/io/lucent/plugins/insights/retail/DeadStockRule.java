package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code dead-stock} (RISK): products with no sale for at least {@code deadStockDays} days.
 *
 * <p>Needs {@code days_since_last_sale}; uses {@code stock_on_hand} and {@code stock_value} when present.
 * A product known to have no stock left is not dead stock (it is simply no longer sold). Ordered by stock
 * value, then by days without a sale. Confidence: the effect is strong when the product has gone twice the
 * limit without a sale; the data is ample when its stock is known.
 */
final class DeadStockRule implements RetailRule {

    static final String ID = "dead-stock";

    private static final Comparator<ProductRow> IMPORTANCE = Comparator
            .comparing(ProductRow::stockValue, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ProductRow::daysSinceLastSale, Comparator.reverseOrder())
            .thenComparing(ProductRow::productId);

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.RISK,
                "Products with no sale for a long time (90 days by default), with the value of the stock left.");
    }

    @Override
    public List<Insight> evaluate(ProductMetrics metrics, RetailThresholds thresholds) {
        if (!metrics.has("days_since_last_sale")) {
            return List.of();
        }
        return metrics.rows().stream()
                .filter(row -> row.daysSinceLastSale() != null && row.daysSinceLastSale() >= thresholds.deadStockDays())
                .filter(row -> row.stockOnHand() == null || row.stockOnHand() > 0)
                .sorted(IMPORTANCE)
                .limit(thresholds.maxInsightsPerRule())
                .map(row -> insight(row, thresholds.deadStockDays()))
                .toList();
    }

    private static Insight insight(ProductRow row, long limit) {
        long days = row.daysSinceLastSale();
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("days_since_last_sale", "Days since the last sale", days, "days"));
        metrics.add(new Metric("dead_stock_threshold_days", "Dead-stock limit", limit, "days"));
        String title = row.name() + ": no sale for " + NumberText.whole(days) + " days";
        StringBuilder description = new StringBuilder(row.name() + " has not sold for " + NumberText.whole(days)
                + " days, past the " + NumberText.whole(limit) + "-day dead-stock limit.");
        boolean stockKnown = row.stockOnHand() != null || row.stockValue() != null;
        if (row.stockValue() != null) {
            title += ", " + NumberText.money(row.stockValue()) + " in stock";
            metrics.add(new Metric("stock_value", "Stock value at cost", row.stockValue(), "currency"));
        }
        if (row.stockOnHand() != null) {
            metrics.add(new Metric("stock_on_hand", "Units in stock", row.stockOnHand(), "units"));
            description.append(' ').append(NumberText.whole(row.stockOnHand())).append(" units are still in stock");
            if (row.stockValue() != null) {
                description.append(", worth ").append(NumberText.money(row.stockValue())).append(" at cost");
            }
            description.append('.');
        } else if (row.stockValue() != null) {
            description.append(" Stock worth ").append(NumberText.money(row.stockValue())).append(" at cost is tied up in it.");
        } else {
            description.append(" Stock levels are not known, so check whether any is left.");
        }
        String action = stockKnown
                ? "Clear the remaining stock of " + row.name() + " with a markdown or a bundle, or return it to the supplier, and stop reordering it."
                : "Check whether " + row.name() + " is still on the shelf; if so, clear it with a markdown or a bundle and stop reordering it.";
        Confidence confidence = Confidences.of(days >= 2 * limit, stockKnown);
        return new Insight(ID, InsightCategory.RISK, title, description.toString(), confidence, row.name(), metrics, action);
    }
}
