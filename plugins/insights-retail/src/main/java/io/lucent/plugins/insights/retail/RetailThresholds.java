package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;

/**
 * The thresholds of the retail rules, from the pack's settings.
 *
 * @param deadStockDays        days without a sale after which stock counts as dead
 * @param highVolumeQuantile   the quantile of units sold above which a product counts as high-volume
 * @param lowMarginPct         the margin, in percent, below which a product counts as low-margin
 * @param decliningTrendPct    the fall, in percent over the window, from which a trend counts as declining
 * @param trendSignificance    the largest p-value of a trend that counts as significant
 * @param minTrendObservations the fewest periods a trend must rest on
 * @param maxInsightsPerRule   the most insights one rule reports, the most important first
 * @param fastMoverQuantile    the quantile of units per day above which a product counts as fast-moving
 * @param lowCoverDays         stock lasting at most this many days counts as low
 * @param peakLeadWeeks        a seasonal peak starting within this many weeks counts as approaching
 * @param seasonalSignificance the largest p-value of the seasonality test that counts as seasonal
 * @param minPeakIndex         the peak month must sell at least this multiple of an average month
 * @param topSellerRank        products ranked this high or better by revenue count as top sellers
 * @param risingTrendPct       a trend rising by at least this percentage counts as trending up
 * @param overstockDays        stock lasting at least this many days counts as overstock
 * @param slowCoverDays        a category whose stock lasts at least this many days counts as slow
 * @param minStockSharePct     a slow category must hold at least this share of the stock value, in %
 * @param slowCategoryRatio    a category selling at most this fraction of the median category's units per product counts as slow-moving
 */
record RetailThresholds(
        long deadStockDays,
        double highVolumeQuantile,
        double lowMarginPct,
        double decliningTrendPct,
        double trendSignificance,
        long minTrendObservations,
        int maxInsightsPerRule,
        double fastMoverQuantile,
        double lowCoverDays,
        long peakLeadWeeks,
        double seasonalSignificance,
        double minPeakIndex,
        long topSellerRank,
        double risingTrendPct,
        double overstockDays,
        double slowCoverDays,
        double minStockSharePct,
        double slowCategoryRatio) {

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.integer("deadStockDays", "Dead stock after (days)")
                    .withDescription("A product with no sale for this many days counts as dead stock.")
                    .withDefault(90L).withRange(1, 3650),
            SettingDescriptor.number("highVolumeQuantile", "High-volume quantile")
                    .withDescription("Products whose units sold are at or above this quantile count as high-volume (0.8 = top 20%).")
                    .withDefault(0.8).withRange(0.5, 0.99),
            SettingDescriptor.number("lowMarginPct", "Low margin (%)")
                    .withDescription("A margin below this percentage counts as low.")
                    .withDefault(10.0).withRange(-100, 100),
            SettingDescriptor.number("decliningTrendPct", "Declining trend (%)")
                    .withDescription("A sales trend falling by at least this percentage over the period counts as declining.")
                    .withDefault(20.0).withRange(1, 100),
            SettingDescriptor.number("trendSignificance", "Trend significance")
                    .withDescription("The largest p-value at which a trend counts as significant.")
                    .withDefault(0.05).withRange(0.0001, 0.2),
            SettingDescriptor.integer("minTrendObservations", "Minimum trend periods")
                    .withDescription("A trend must rest on at least this many periods.")
                    .withDefault(6L).withRange(3, 1000),
            SettingDescriptor.integer("maxInsightsPerRule", "Insights per rule")
                    .withDescription("The most insights each rule reports, most important first.")
                    .withDefault(10L).withRange(1, 1000),
            SettingDescriptor.number("fastMoverQuantile", "Fast-mover quantile")
                    .withDescription("Products whose units per day are at or above this quantile count as fast-moving (0.8 = top 20%).")
                    .withDefault(0.8).withRange(0.5, 0.99),
            SettingDescriptor.number("lowCoverDays", "Low stock cover (days)")
                    .withDescription("Stock that lasts at most this many days at the current pace counts as low.")
                    .withDefault(14.0).withRange(1, 365),
            SettingDescriptor.integer("peakLeadWeeks", "Peak lead time (weeks)")
                    .withDescription("A seasonal peak month that starts within this many weeks counts as approaching.")
                    .withDefault(8L).withRange(1, 52),
            SettingDescriptor.number("seasonalSignificance", "Seasonality significance")
                    .withDescription("The largest p-value of the seasonality test at which sales count as seasonal.")
                    .withDefault(0.05).withRange(0.0001, 0.2),
            SettingDescriptor.number("minPeakIndex", "Minimum peak strength")
                    .withDescription("The peak month must sell at least this multiple of an average month.")
                    .withDefault(1.2).withRange(1, 12),
            SettingDescriptor.integer("topSellerRank", "Top sellers (rank)")
                    .withDescription("Products ranked this high or better by revenue count as top sellers.")
                    .withDefault(20L).withRange(1, 10000),
            SettingDescriptor.number("risingTrendPct", "Rising trend (%)")
                    .withDescription("A sales trend rising by at least this percentage over the period counts as trending up.")
                    .withDefault(20.0).withRange(1, 1000),
            SettingDescriptor.number("overstockDays", "Overstock (days of cover)")
                    .withDescription("Stock that lasts at least this many days at the current pace counts as overstock.")
                    .withDefault(180.0).withRange(7, 3650),
            SettingDescriptor.number("slowCoverDays", "Slow category (days of cover)")
                    .withDescription("A category whose stock lasts at least this many days counts as slow.")
                    .withDefault(90.0).withRange(7, 3650),
            SettingDescriptor.number("minStockSharePct", "Minimum stock share (%)")
                    .withDescription("A slow category is reported when it holds at least this share of the stock value.")
                    .withDefault(10.0).withRange(0, 100),
            SettingDescriptor.number("slowCategoryRatio", "Slow-moving category ratio")
                    .withDescription("A category selling at most this fraction of the median category's units per product and day counts as slow-moving.")
                    .withDefault(0.5).withRange(0.01, 1));

    /** The thresholds from the given settings, with the defaults declared once, in {@link #SCHEMA}, for any not given. */
    static RetailThresholds from(Settings settings) {
        Settings values = SCHEMA.validate(settings.asMap());
        return new RetailThresholds(
                values.longValue("deadStockDays"),
                values.doubleValue("highVolumeQuantile"),
                values.doubleValue("lowMarginPct"),
                values.doubleValue("decliningTrendPct"),
                values.doubleValue("trendSignificance"),
                values.longValue("minTrendObservations"),
                values.intValue("maxInsightsPerRule"),
                values.doubleValue("fastMoverQuantile"),
                values.doubleValue("lowCoverDays"),
                values.longValue("peakLeadWeeks"),
                values.doubleValue("seasonalSignificance"),
                values.doubleValue("minPeakIndex"),
                values.longValue("topSellerRank"),
                values.doubleValue("risingTrendPct"),
                values.doubleValue("overstockDays"),
                values.doubleValue("slowCoverDays"),
                values.doubleValue("minStockSharePct"),
                values.doubleValue("slowCategoryRatio"));
    }
}
