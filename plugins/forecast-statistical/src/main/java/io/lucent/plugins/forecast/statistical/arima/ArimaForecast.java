package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.List;

/**
 * Point forecasts and prediction intervals of a fitted ARIMA model.
 *
 * @param mean      the point forecasts
 * @param intervals one interval per requested level, ascending by level
 */
public record ArimaForecast(double[] mean, List<PredictionInterval> intervals) {

    /**
     * Copies.
     *
     * @param mean the {@code mean} component
     * @param intervals the {@code intervals} component
     */
    public ArimaForecast {
        mean = mean.clone();
        intervals = List.copyOf(intervals);
    }

    /** @return a copy of the point forecasts */
    @Override
    public double[] mean() {
        return mean.clone();
    }
}
