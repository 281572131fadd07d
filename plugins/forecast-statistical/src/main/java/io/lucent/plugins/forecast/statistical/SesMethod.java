package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import org.pf4j.Extension;

/** Simple exponential smoothing: see {@link SmoothingModel}. */
@Extension
public final class SesMethod extends StatisticalMethod {

    private static final SettingsSchema SCHEMA = SettingsSchema.of(SmoothingSettings.seasonalAdjustment(),
            SmoothingSettings.alpha());

    @Override
    public String id() {
        return "ses";
    }

    @Override
    public String displayName() {
        return "Simple exponential smoothing";
    }

    @Override
    public String description() {
        return "ETS(A,N,N) fitted by maximum likelihood as R's ses(), on the seasonally adjusted series when seasonal (M4 benchmark definition).";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new SmoothingModel(SmoothingModel.SES, SmoothingSettings.adjust(settings),
                SmoothingSettings.fixed(settings));
    }
}
