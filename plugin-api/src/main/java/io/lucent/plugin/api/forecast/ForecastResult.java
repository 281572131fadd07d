package io.lucent.plugin.api.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one forecast. Immutable.
 *
 * @param method    the id of the method that produced it (the {@code auto} method names itself here, and the
 *                  model it chose in the summary)
 * @param point     the point forecasts, one per step of the horizon, all finite
 * @param intervals one interval per requested level, ascending by level; nested (a higher level is at least
 *                  as wide at every step)
 * @param fitted    the one-step-ahead in-sample fitted values, one per observation; {@code NaN} where the
 *                  method has none (for example the first observations of a naive method)
 * @param residuals the in-sample residuals (observation minus fitted), one per observation, {@code NaN}
 *                  where undefined
 * @param summary   the model summary
 * @param notes     remarks for the user, for example that missing values were interpolated
 */
public record ForecastResult(
        String method,
        double[] point,
        List<PredictionInterval> intervals,
        double[] fitted,
        double[] residuals,
        ModelSummary summary,
        List<String> notes) {

    /**
     * Validates and copies.
     *
     * @param method the {@code method} component
     * @param point the {@code point} component
     * @param intervals the {@code intervals} component
     * @param fitted the {@code fitted} component
     * @param residuals the {@code residuals} component
     * @param summary the {@code summary} component
     * @param notes the {@code notes} component
     * @throws IllegalArgumentException if the intervals do not match the horizon or fitted values and
     *                                  residuals differ in length
     */
    public ForecastResult {
        Objects.requireNonNull(method, "method is null");
        Objects.requireNonNull(summary, "summary is null");
        point = point.clone();
        fitted = fitted.clone();
        residuals = residuals.clone();
        intervals = List.copyOf(intervals);
        notes = List.copyOf(notes);
        for (PredictionInterval interval : intervals) {
            if (interval.lower().length != point.length) {
                throw new IllegalArgumentException("interval at " + interval.level() + "% does not match the horizon");
            }
        }
        if (fitted.length != residuals.length) {
            throw new IllegalArgumentException("fitted values and residuals differ in length");
        }
    }

    /**
     * A copy of the point forecasts.
     *
     * @return the point forecasts
     */
    @Override
    public double[] point() {
        return point.clone();
    }

    /**
     * A copy of the fitted values.
     *
     * @return the fitted values
     */
    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /**
     * A copy of the residuals.
     *
     * @return the residuals
     */
    @Override
    public double[] residuals() {
        return residuals.clone();
    }

    /**
     * The forecast horizon.
     *
     * @return the number of forecast steps
     */
    public int horizon() {
        return point.length;
    }

    /**
     * The interval at a level.
     *
     * @param level the level in percent
     * @return the interval, if it was computed
     */
    public Optional<PredictionInterval> interval(double level) {
        return intervals.stream().filter(i -> i.level() == level).findFirst();
    }
}
