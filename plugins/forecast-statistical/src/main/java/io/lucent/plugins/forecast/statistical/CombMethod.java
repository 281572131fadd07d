package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import org.pf4j.Extension;

/** Comb (SES, Holt, damped): see {@link CombModel}. */
@Extension
public final class CombMethod extends StatisticalMethod {

    @Override
    public String id() {
        return "comb";
    }

    @Override
    public String displayName() {
        return "Comb (SES, Holt, damped)";
    }

    @Override
    public String description() {
        return "The M4 Comb benchmark: the mean of SES, Holt and damped Holt on the seasonally adjusted series.";
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new CombModel();
    }
}
