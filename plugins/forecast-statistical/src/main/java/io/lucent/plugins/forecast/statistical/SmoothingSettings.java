package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;

/** Settings shared by the exponential-smoothing methods. */
final class SmoothingSettings {

    static final String SEASONAL_ADJUSTMENT = "seasonalAdjustment";
    static final String ALPHA = "alpha";
    static final String BETA = "beta";
    static final String GAMMA = "gamma";
    static final String PHI = "phi";

    private SmoothingSettings() {
    }

    static SettingDescriptor seasonalAdjustment() {
        return SettingDescriptor.bool(SEASONAL_ADJUSTMENT, "Seasonally adjust first")
                .withDefault(true)
                .withDescription("Fit on the series divided by classical multiplicative seasonal indices when a 90% "
                        + "seasonality test finds seasonality, as the M4 benchmarks do. Off: R's plain function.");
    }

    static SettingDescriptor alpha() {
        return SettingDescriptor.number(ALPHA, "Fixed alpha (level)").withRange(1e-4, 0.9999)
                .withDescription("Leave empty to estimate.");
    }

    static SettingDescriptor beta() {
        return SettingDescriptor.number(BETA, "Fixed beta (trend)").withRange(1e-4, 0.9999)
                .withDescription("Leave empty to estimate; must not exceed alpha.");
    }

    static SettingDescriptor gamma() {
        return SettingDescriptor.number(GAMMA, "Fixed gamma (season)").withRange(1e-4, 0.9999)
                .withDescription("Leave empty to estimate; must not exceed 1 - alpha.");
    }

    static SettingDescriptor phi() {
        return SettingDescriptor.number(PHI, "Fixed phi (damping)").withRange(0.8, 0.98)
                .withDescription("Leave empty to estimate.");
    }

    static EtsParameters fixed(Settings settings) {
        return new EtsParameters(
                settings.optionalDouble(ALPHA).orElse(Double.NaN),
                settings.optionalDouble(BETA).orElse(Double.NaN),
                settings.optionalDouble(GAMMA).orElse(Double.NaN),
                settings.optionalDouble(PHI).orElse(Double.NaN));
    }

    static boolean adjust(Settings settings) {
        return settings.optionalBoolean(SEASONAL_ADJUSTMENT).orElse(true);
    }
}
