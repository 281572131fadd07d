package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.TimeSeries;
import org.pf4j.Extension;

/** The {@code drift} baseline method; see {@link DriftModel}. */
@Extension
public final class DriftMethod extends BaselineMethod {

    @Override
    public String id() {
        return "drift";
    }

    @Override
    public String displayName() {
        return "Drift";
    }

    @Override
    public String description() {
        return "Extends the line from the first to the last observation, with intervals widening as σ√(h(1+h/T)).";
    }

    @Override
    BaselineFit fit(double[] values, int horizon, TimeSeries series) {
        return DriftModel.fit(values, horizon);
    }
}
