package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the {@code arima} method: automatic search (R's {@code auto.arima} defaults) or given orders,
 * and the search limits.
 *
 * @param manual         true to fit the given orders instead of searching
 * @param orders         the given orders p, d, q, P, D, Q (manual mode)
 * @param constant       whether the manual model has a mean or drift
 * @param periodOverride the seasonal period to use instead of the series', or 0
 * @param options        the search options
 */
record ArimaSettings(boolean manual, int[] orders, boolean constant, int periodOverride, AutoArimaOptions options) {

    static final String MODE = "mode";
    static final String P = "p";
    static final String D = "d";
    static final String Q = "q";
    static final String SEASONAL_P = "seasonalP";
    static final String SEASONAL_D = "seasonalD";
    static final String SEASONAL_Q = "seasonalQ";
    static final String CONSTANT = "constant";
    static final String PERIOD = "period";
    static final String MAX_P = "maxP";
    static final String MAX_Q = "maxQ";
    static final String MAX_SEASONAL_P = "maxSeasonalP";
    static final String MAX_SEASONAL_Q = "maxSeasonalQ";
    static final String CRITERION = "criterion";
    static final String APPROXIMATION = "approximation";
    static final String SEASONAL_TEST = "seasonalTest";
    static final String SEARCH = "search";
    static final String MAX_ORDER = "maxOrder";
    static final String MAX_LENGTH = "maxLength";
    static final String MAX_LENGTH_HOURLY = "maxLengthLongPeriod";

    /** The schema, with R's defaults. */
    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.choice(MODE, "Mode", List.of("auto", "manual")).withDefault("auto")
                    .withDescription("auto searches the orders (Hyndman-Khandakar stepwise search, as R's auto.arima);"
                            + " manual fits the orders given below."),
            SettingDescriptor.integer(P, "AR order p (manual)").withDefault(0L).withRange(0, 12),
            SettingDescriptor.integer(D, "Differences d (manual)").withDefault(0L).withRange(0, 2),
            SettingDescriptor.integer(Q, "MA order q (manual)").withDefault(0L).withRange(0, 12),
            SettingDescriptor.integer(SEASONAL_P, "Seasonal AR order P (manual)").withDefault(0L).withRange(0, 4),
            SettingDescriptor.integer(SEASONAL_D, "Seasonal differences D (manual)").withDefault(0L).withRange(0, 1),
            SettingDescriptor.integer(SEASONAL_Q, "Seasonal MA order Q (manual)").withDefault(0L).withRange(0, 4),
            SettingDescriptor.bool(CONSTANT, "Constant (manual)").withDefault(true)
                    .withDescription("A mean when the model has no differences, a drift when it has one; ignored with"
                            + " two or more differences."),
            SettingDescriptor.integer(PERIOD, "Seasonal period").withRange(1, 1000)
                    .withDescription("Overrides the series' seasonal period; 1 turns seasonality off."),
            SettingDescriptor.integer(MAX_P, "Largest p (auto)").withDefault(5L).withRange(0, 12),
            SettingDescriptor.integer(MAX_Q, "Largest q (auto)").withDefault(5L).withRange(0, 12),
            SettingDescriptor.integer(MAX_SEASONAL_P, "Largest P (auto)").withDefault(2L).withRange(0, 4),
            SettingDescriptor.integer(MAX_SEASONAL_Q, "Largest Q (auto)").withDefault(2L).withRange(0, 4),
            SettingDescriptor.choice(SEARCH, "Search (auto)", List.of("stepwise", "exhaustive")).withDefault("stepwise")
                    .withDescription("stepwise is R's default; exhaustive tries every model with p + q + P + Q up to"
                            + " the largest total order (slower)."),
            SettingDescriptor.integer(MAX_ORDER, "Largest total order p + q + P + Q (exhaustive search)")
                    .withDefault(5L).withRange(0, 20),
            SettingDescriptor.choice(CRITERION, "Selection criterion (auto)", List.of("aicc", "aic", "bic"))
                    .withDefault("aicc"),
            SettingDescriptor.choice(APPROXIMATION, "Approximate search (auto)", List.of("auto", "on", "off"))
                    .withDefault("auto")
                    .withDescription("Search with conditional sums of squares and refit the best models exactly;"
                            + " auto uses it for more than 150 observations or periods above 12, as R does."),
            SettingDescriptor.choice(SEASONAL_TEST, "Seasonal differencing test (auto)", List.of("seas", "ocsb"))
                    .withDefault("seas")
                    .withDescription("seas: STL seasonal strength above 0.64 (R's default); ocsb: the"
                            + " Osborn-Chui-Smith-Birchenhall test at 5%."),
            SettingDescriptor.integer(MAX_LENGTH, "History cap").withDefault(1000L).withRange(10, 1_000_000)
                    .withDescription("Only the most recent observations are fitted."),
            SettingDescriptor.integer(MAX_LENGTH_HOURLY, "History cap for periods of 24 and more")
                    .withDefault(336L).withRange(10, 1_000_000)
                    .withDescription("Seasonal ARIMA with long periods is slow; by default the last 14 days of"
                            + " hourly data are fitted."));

    /**
     * Reads validated settings.
     *
     * @param s the settings
     * @return the parsed settings
     */
    static ArimaSettings from(Settings s) {
        boolean manual = s.optionalString(MODE).orElse("auto").equals("manual");
        int[] orders = {
            intOr(s, P, 0), intOr(s, D, 0), intOr(s, Q, 0),
            intOr(s, SEASONAL_P, 0), intOr(s, SEASONAL_D, 0), intOr(s, SEASONAL_Q, 0)
        };
        boolean constant = s.optionalBoolean(CONSTANT).orElse(true);
        int period = intOr(s, PERIOD, 0);
        String approx = s.optionalString(APPROXIMATION).orElse("auto");
        Boolean approximation = approx.equals("auto") ? null : approx.equals("on");
        InformationCriterion criterion = InformationCriterion.valueOf(
                s.optionalString(CRITERION).orElse("aicc").toUpperCase(Locale.ROOT));
        AutoArimaOptions defaults = AutoArimaOptions.defaults();
        AutoArimaOptions options = new AutoArimaOptions(intOr(s, MAX_P, defaults.maxP()), intOr(s, MAX_Q, defaults.maxQ()),
                intOr(s, MAX_SEASONAL_P, defaults.maxSeasonalP()), intOr(s, MAX_SEASONAL_Q, defaults.maxSeasonalQ()),
                defaults.maxD(), defaults.maxSeasonalD(), criterion, approximation, true, true,
                intOr(s, MAX_LENGTH, defaults.maxLength()), intOr(s, MAX_LENGTH_HOURLY, defaults.maxLengthLongPeriod()),
                s.optionalString(SEASONAL_TEST).orElse("seas").equals("ocsb") ? SeasonalTest.OCSB
                        : SeasonalTest.SEASONAL_STRENGTH,
                !s.optionalString(SEARCH).orElse("stepwise").equals("exhaustive"), intOr(s, MAX_ORDER, 5));
        return new ArimaSettings(manual, orders, constant, period, options);
    }

    private static int intOr(Settings s, String name, int fallback) {
        return s.optionalLong(name).map(Math::toIntExact).orElse(fallback);
    }

    /** @return true if manual seasonal orders were given */
    boolean hasSeasonalOrders() {
        return orders[3] + orders[4] + orders[5] > 0;
    }

    /**
     * The manual model for a series period.
     *
     * @param period the period in use
     * @return the specification
     */
    ArimaSpec manualSpec(int period) {
        boolean seasonal = orders[3] + orders[4] + orders[5] > 0 && period > 1;
        return new ArimaSpec(orders[0], orders[1], orders[2], seasonal ? orders[3] : 0, seasonal ? orders[4] : 0,
                seasonal ? orders[5] : 0, seasonal ? period : 1, constant);
    }
}
