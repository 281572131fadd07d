package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * What the four baseline methods share: missing values are interpolated (and noted), the model is fitted,
 * and normal prediction intervals are built from its per-step standard deviations. Stateless and
 * thread-safe. None of them has settings.
 */
abstract class BaselineMethod implements ForecastMethod {

    @Override
    public final ForecastResult forecast(ForecastRequest request, PluginContext context) {
        context.throwIfCancelled();
        PreparedSeries prepared = PreparedSeries.of(request.series());
        context.throwIfCancelled();
        BaselineFit fit = fit(prepared.values(), request.horizon(), request.series());
        context.throwIfCancelled();
        List<String> notes = new ArrayList<>(prepared.notes());
        notes.addAll(fit.notes());
        return new ForecastResult(id(), fit.point(),
                PredictionIntervals.of(fit.point(), fit.standardErrors(), request.levels()),
                fit.fitted(), fit.residuals(), fit.summary(), notes);
    }

    /**
     * Fits the model to a complete series.
     *
     * @param values  the observations, none missing, at least one
     * @param horizon the number of steps to forecast
     * @param series  the original series, for its seasonal period
     * @return the fit
     */
    abstract BaselineFit fit(double[] values, int horizon, TimeSeries series);
}
