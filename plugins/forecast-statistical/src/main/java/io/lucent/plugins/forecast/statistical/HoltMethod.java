package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import org.pf4j.Extension;

/** Holt's linear trend: see {@link SmoothingModel}. */
@Extension
public final class HoltMethod extends StatisticalMethod {

    private static final SettingsSchema SCHEMA = SettingsSchema.of(SmoothingSettings.seasonalAdjustment(),
            SmoothingSettings.alpha(), SmoothingSettings.beta());

    @Override
    public String id() {
        return "holt";
    }

    @Override
    public String displayName() {
        return "Holt's linear trend";
    }

    @Override
    public String description() {
        return "ETS(A,A,N) fitted by maximum likelihood as R's holt(), on the seasonally adjusted series when seasonal (M4 benchmark definition).";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new SmoothingModel(SmoothingModel.HOLT, SmoothingSettings.adjust(settings),
                SmoothingSettings.fixed(settings));
    }
}
