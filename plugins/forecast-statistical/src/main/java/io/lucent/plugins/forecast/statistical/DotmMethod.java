package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.settings.Settings;
import org.pf4j.Extension;

/** Dynamic optimised Theta: see {@link DotmModel}. */
@Extension
public final class DotmMethod extends StatisticalMethod {

    @Override
    public String id() {
        return "dotm";
    }

    @Override
    public String displayName() {
        return "Dynamic optimised Theta";
    }

    @Override
    public String description() {
        return "The dynamic optimised Theta model of Fiorucci et al. (2016): theta coefficient, smoothing and initial level chosen by least squares, with a running trend line.";
    }

    @Override
    SeriesModel model(Settings settings, PluginContext context) {
        return new DotmModel();
    }
}
