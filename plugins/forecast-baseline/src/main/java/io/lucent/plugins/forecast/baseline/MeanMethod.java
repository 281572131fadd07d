package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.TimeSeries;
import org.pf4j.Extension;

/** The {@code mean} baseline method; see {@link MeanModel}. */
@Extension
public final class MeanMethod extends BaselineMethod {

    @Override
    public String id() {
        return "mean";
    }

    @Override
    public String displayName() {
        return "Mean";
    }

    @Override
    public String description() {
        return "Forecasts every step as the historical average, with constant intervals of σ√(1+1/T).";
    }

    @Override
    BaselineFit fit(double[] values, int horizon, TimeSeries series) {
        return MeanModel.fit(values, horizon);
    }
}
