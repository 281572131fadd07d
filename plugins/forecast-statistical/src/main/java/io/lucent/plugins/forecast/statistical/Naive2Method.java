package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import org.pf4j.Extension;

/** Naive2, the M4 reference benchmark (see {@link Naive2Model}). */
@Extension
public final class Naive2Method extends StatisticalMethod {

    @Override
    public String id() {
        return "naive2";
    }

    @Override
    public String displayName() {
        return "Naive2 (seasonally adjusted naive)";
    }

    @Override
    public String description() {
        return "The M4 benchmark: the last value of the seasonally adjusted series, re-seasonalised with classical "
                + "multiplicative indices when a 90% autocorrelation test finds seasonality.";
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new Naive2Model();
    }
}
