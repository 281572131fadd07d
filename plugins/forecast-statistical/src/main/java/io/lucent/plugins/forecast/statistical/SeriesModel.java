package io.lucent.plugins.forecast.statistical;

import java.util.List;

/** A forecasting model applied to a prepared series: finite values, capped length, not constant. */
@FunctionalInterface
public interface SeriesModel {

    /**
     * Fits and forecasts.
     *
     * @param y          the prepared values, finite, not constant
     * @param period     the seasonal period (1 = none)
     * @param horizon    the number of steps
     * @param levels     interval levels in percent, ascending
     * @param checkpoint to call in long loops; throws when the call is cancelled
     * @return the output
     * @throws ModelNotApplicableException when the model cannot be fitted to this series
     */
    ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint);
}
