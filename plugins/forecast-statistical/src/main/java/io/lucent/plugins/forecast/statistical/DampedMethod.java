package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import org.pf4j.Extension;

/** Damped trend: see {@link SmoothingModel}. */
@Extension
public final class DampedMethod extends StatisticalMethod {

    private static final SettingsSchema SCHEMA = SettingsSchema.of(SmoothingSettings.seasonalAdjustment(),
            SmoothingSettings.alpha(), SmoothingSettings.beta(), SmoothingSettings.phi());

    @Override
    public String id() {
        return "damped";
    }

    @Override
    public String displayName() {
        return "Damped trend";
    }

    @Override
    public String description() {
        return "ETS(A,Ad,N) fitted by maximum likelihood as R's holt(damped = TRUE), on the seasonally adjusted series when seasonal (M4 benchmark definition).";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new SmoothingModel(SmoothingModel.DAMPED, SmoothingSettings.adjust(settings),
                SmoothingSettings.fixed(settings));
    }
}
