package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;

/**
 * The thresholds of the statistical rules, from the pack's settings.
 *
 * @param significance            the largest p-value of a trend or change point that counts
 * @param minMonths               the fewest complete months a trend or change point must rest on
 * @param minChangePct            the smallest trend change or level shift worth reporting, in %
 * @param anomalyZ                the robust z-score from which a day is anomalous
 * @param anomalyWindowDays       anomalies are reported within this many last days of the data
 * @param minCorrelation          the smallest absolute correlation worth reporting
 * @param correlationSignificance the largest p-value of a correlation that counts
 * @param minCorrelationDays      the fewest common days a correlation must rest on
 * @param maxInsightsPerRule      the most insights one rule reports
 */
record StatisticalThresholds(double significance, long minMonths, double minChangePct, double anomalyZ, long anomalyWindowDays,
                             double minCorrelation, double correlationSignificance, long minCorrelationDays, int maxInsightsPerRule) {

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.number("significance", "Significance")
                    .withDescription("The largest p-value at which a trend or change point counts as significant.")
                    .withDefault(0.05).withRange(0.0001, 0.2),
            SettingDescriptor.integer("minMonths", "Minimum months")
                    .withDescription("Trends and change points need at least this many complete months.")
                    .withDefault(12L).withRange(6, 600),
            SettingDescriptor.number("minChangePct", "Minimum change (%)")
                    .withDescription("Trends and level shifts smaller than this percentage are not reported.")
                    .withDefault(10.0).withRange(0, 1000),
            SettingDescriptor.number("anomalyZ", "Anomaly z-score")
                    .withDescription("A day whose STL remainder has a robust z-score at least this large (in absolute value) is anomalous.")
                    .withDefault(3.5).withRange(2, 20),
            SettingDescriptor.integer("anomalyWindowDays", "Anomaly window (days)")
                    .withDescription("Anomalies are reported within this many last days of the data.")
                    .withDefault(90L).withRange(7, 3660),
            SettingDescriptor.number("minCorrelation", "Minimum correlation")
                    .withDescription("Correlations weaker than this (in absolute value) are not reported.")
                    .withDefault(0.7).withRange(0.1, 0.99),
            SettingDescriptor.number("correlationSignificance", "Correlation significance")
                    .withDescription("The largest p-value at which a correlation counts.")
                    .withDefault(0.01).withRange(0.0001, 0.2),
            SettingDescriptor.integer("minCorrelationDays", "Minimum days for a correlation")
                    .withDescription("Correlations need at least this many days with both values.")
                    .withDefault(30L).withRange(10, 100000),
            SettingDescriptor.integer("maxInsightsPerRule", "Insights per rule")
                    .withDescription("The most insights each rule reports, most important first.")
                    .withDefault(10L).withRange(1, 1000));

    /** The thresholds from the given settings, with the defaults declared once, in {@link #SCHEMA}, for any not given. */
    static StatisticalThresholds from(Settings settings) {
        Settings values = SCHEMA.validate(settings.asMap());
        return new StatisticalThresholds(
                values.doubleValue("significance"),
                values.longValue("minMonths"),
                values.doubleValue("minChangePct"),
                values.doubleValue("anomalyZ"),
                values.longValue("anomalyWindowDays"),
                values.doubleValue("minCorrelation"),
                values.doubleValue("correlationSignificance"),
                values.longValue("minCorrelationDays"),
                values.intValue("maxInsightsPerRule"));
    }
}
