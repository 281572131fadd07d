package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.TimeSeries;
import org.pf4j.Extension;

/** The {@code snaive} baseline method; see {@link SeasonalNaiveModel}. */
@Extension
public final class SeasonalNaiveMethod extends BaselineMethod {

    @Override
    public String id() {
        return "snaive";
    }

    @Override
    public String displayName() {
        return "Seasonal naive";
    }

    @Override
    public String description() {
        return "Forecasts each step as the last observation of the same season, with intervals widening each full season; falls back to naive without a full season of history.";
    }

    @Override
    BaselineFit fit(double[] values, int horizon, TimeSeries series) {
        return SeasonalNaiveModel.fit(values, horizon, series.seasonalPeriod());
    }
}
