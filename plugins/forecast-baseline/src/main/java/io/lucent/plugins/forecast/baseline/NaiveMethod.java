package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.TimeSeries;
import org.pf4j.Extension;

/** The {@code naive} baseline method; see {@link NaiveModel}. */
@Extension
public final class NaiveMethod extends BaselineMethod {

    @Override
    public String id() {
        return "naive";
    }

    @Override
    public String displayName() {
        return "Naive";
    }

    @Override
    public String description() {
        return "Forecasts every step as the last observation, with intervals widening as σ√h.";
    }

    @Override
    BaselineFit fit(double[] values, int horizon, TimeSeries series) {
        return NaiveModel.fit(values, horizon);
    }
}
