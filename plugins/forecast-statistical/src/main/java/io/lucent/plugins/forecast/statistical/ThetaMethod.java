package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import org.pf4j.Extension;

/** Theta: see {@link ThetaModel}. */
@Extension
public final class ThetaMethod extends StatisticalMethod {

    @Override
    public String id() {
        return "theta";
    }

    @Override
    public String displayName() {
        return "Theta";
    }

    @Override
    public String description() {
        return "The standard Theta method as R's thetaf(): SES with drift on the seasonally adjusted series.";
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new ThetaModel();
    }
}
