package io.lucent.plugin.api.forecast;

import java.util.List;
import java.util.Objects;

/**
 * What to forecast.
 *
 * @param series  the history to fit on
 * @param horizon how many steps ahead to forecast, at least 1
 * @param levels  the prediction-interval levels wanted, in percent, each in (0, 100), for example 80 and 95;
 *                may be empty; stored sorted ascending without duplicates
 */
public record ForecastRequest(TimeSeries series, int horizon, List<Double> levels) {

    /**
     * Validates the request.
     *
     * @param series the {@code series} component
     * @param horizon the {@code horizon} component
     * @param levels the {@code levels} component
     * @throws IllegalArgumentException if the horizon is below 1 or a level is outside (0, 100)
     */
    public ForecastRequest {
        Objects.requireNonNull(series, "series is null");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1");
        }
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw new IllegalArgumentException("interval level " + level + " must be between 0 and 100");
            }
        }
        levels = levels.stream().distinct().sorted().toList();
    }

    /**
     * A request for 80% and 95% intervals.
     *
     * @param series  the history
     * @param horizon the horizon
     * @return the request
     */
    public static ForecastRequest of(TimeSeries series, int horizon) {
        return new ForecastRequest(series, horizon, List.of(80.0, 95.0));
    }
}
