package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.InsightRulePack;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The retail rule pack ({@code retail}): findings about products from per-product sales metrics.
 *
 * <h2>Metric contract</h2>
 *
 * <p>The pack reads one metric table, {@code product_metrics}, with one row per product over the analysis
 * window (the window ends at {@link InsightInput#asOf()}). The host computes it from a sales dataset (and an
 * inventory dataset when there is one). Every column but {@code product_id} is optional: a rule whose
 * columns are absent (or of another type) does not apply, and a {@code null} value means "not known".
 * A column declared DECIMAL may also be INTEGER.
 *
 * <table>
 *   <caption>product_metrics</caption>
 *   <tr><th>Column</th><th>Type</th><th>Meaning</th></tr>
 *   <tr><td>product_id</td><td>TEXT</td><td>the product's id (rows without one are ignored)</td></tr>
 *   <tr><td>product_name</td><td>TEXT</td><td>its name, shown in insights (the id when null)</td></tr>
 *   <tr><td>category</td><td>TEXT</td><td>its category</td></tr>
 *   <tr><td>units</td><td>DECIMAL</td><td>units sold in the window, net of returns</td></tr>
 *   <tr><td>revenue</td><td>DECIMAL</td><td>revenue in the window, net of returns</td></tr>
 *   <tr><td>profit</td><td>DECIMAL</td><td>profit in the window (revenue minus cost)</td></tr>
 *   <tr><td>margin_pct</td><td>DECIMAL</td><td>profit / revenue × 100</td></tr>
 *   <tr><td>units_per_day</td><td>DECIMAL</td><td>units / days in the window</td></tr>
 *   <tr><td>last_sale_date</td><td>DATE</td><td>the day of its last sale</td></tr>
 *   <tr><td>days_since_last_sale</td><td>INTEGER</td><td>days from last_sale_date to the as-of date</td></tr>
 *   <tr><td>trend_pct</td><td>DECIMAL</td><td>the change of its sales trend over the window, in percent of
 *       the trend's starting level (a linear or Sen's-slope trend through its per-period units; −30 means the
 *       trend fell by 30%)</td></tr>
 *   <tr><td>trend_p_value</td><td>DECIMAL</td><td>the two-sided p-value of the trend test (for example
 *       Mann–Kendall) on the same periods</td></tr>
 *   <tr><td>observations</td><td>INTEGER</td><td>how many periods (for example months) the trend rests on</td></tr>
 *   <tr><td>stock_on_hand</td><td>DECIMAL</td><td>units in stock at the as-of date; null without inventory</td></tr>
 *   <tr><td>stock_value</td><td>DECIMAL</td><td>the stock's value at cost; null when unknown</td></tr>
 * </table>
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>{@link DeadStockRule dead-stock} (RISK), needs days_since_last_sale;</li>
 *   <li>{@link LowMarginHighVolumeRule low-margin-high-volume} (EFFICIENCY), needs units and margin_pct;</li>
 *   <li>{@link DecliningTrendRule declining-trend} (RISK), needs trend_pct, trend_p_value, observations.</li>
 * </ul>
 *
 * <p>Every number an insight's title or description states is among its supporting metrics. Thresholds are
 * the pack's settings ({@link RetailThresholds}). Stateless and thread-safe; deterministic (ties are broken
 * by product id).
 */
@Extension
public final class RetailRulePack implements InsightRulePack {

    private static final List<PackRule> RULES = List.of(new DeadStockRule(), new LowMarginHighVolumeRule(), new DecliningTrendRule(),
            new HighVelocityLowStockRule(), new SeasonalPeakRule(), new TopSellerTrendingUpRule(), new OverstockRule(),
            new SlowCategoryInventoryCostRule(), new SlowMovingCategoryRule());

    @Override
    public String id() {
        return "retail";
    }

    @Override
    public String displayName() {
        return "Retail";
    }

    @Override
    public String description() {
        return "Finds growth, risk and efficiency opportunities in per-product and per-category retail metrics: fast movers running out, "
                + "approaching seasonal peaks, rising best sellers, dead stock, declines, overstock, low-margin volume and slow categories.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return RetailThresholds.SCHEMA;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return RULES.stream().map(PackRule::descriptor).toList();
    }

    @Override
    public List<Insight> evaluate(InsightInput input, PluginContext context) {
        context.throwIfCancelled();
        RetailTables tables = RetailTables.from(input);
        if (tables.isEmpty()) {
            context.logger().log(System.Logger.Level.DEBUG, "No usable {0} or {1} table in {2}: no retail rule applies",
                    ProductMetrics.TABLE, CategoryMetrics.TABLE, input.datasetName());
            return List.of();
        }
        RetailThresholds thresholds = RetailThresholds.from(context.settings());
        List<Insight> insights = new ArrayList<>();
        for (PackRule rule : RULES) {
            context.throwIfCancelled();
            insights.addAll(rule.evaluate(tables, thresholds));
        }
        return insights;
    }
}
