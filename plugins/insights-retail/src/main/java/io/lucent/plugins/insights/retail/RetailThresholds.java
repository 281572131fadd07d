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
 */
record RetailThresholds(
        long deadStockDays,
        double highVolumeQuantile,
        double lowMarginPct,
        double decliningTrendPct,
        double trendSignificance,
        long minTrendObservations,
        int maxInsightsPerRule) {

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
                    .withDefault(10L).withRange(1, 1000));

    static RetailThresholds from(Settings settings) {
        return new RetailThresholds(
                settings.optionalLong("deadStockDays").orElse(90L),
                settings.optionalDouble("highVolumeQuantile").orElse(0.8),
                settings.optionalDouble("lowMarginPct").orElse(10.0),
                settings.optionalDouble("decliningTrendPct").orElse(20.0),
                settings.optionalDouble("trendSignificance").orElse(0.05),
                settings.optionalLong("minTrendObservations").orElse(6L),
                Math.toIntExact(settings.optionalLong("maxInsightsPerRule").orElse(10L)));
    }
}
