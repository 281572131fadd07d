package io.lucent.platform.forecasting.runs;

import io.lucent.platform.errors.LucentException;

/**
 * Rolling-origin evaluation: {@code folds} forecasts of {@code horizon} steps from origins {@code step} periods
 * apart, the last one ending at the end of the history. One fold is a plain holdout.
 *
 * @param folds   how many origins, 1 to 20 (default 3)
 * @param horizon steps forecast from each origin (default: the forecast horizon)
 * @param step    periods between origins (default: the horizon)
 */
public record CrossValidation(Integer folds, Integer horizon, Integer step) {

    /** The settings with defaults filled in for a forecast of {@code forecastHorizon}; 400 if out of range. */
    public CrossValidation resolved(int forecastHorizon) {
        int f = folds == null ? 3 : folds;
        int h = horizon == null ? forecastHorizon : horizon;
        int s = step == null ? h : step;
        if (f < 1 || f > 20) {
            throw LucentException.invalid("crossValidation.folds must be between 1 and 20");
        }
        if (h < 1 || h > 1000) {
            throw LucentException.invalid("crossValidation.horizon must be between 1 and 1000");
        }
        if (s < 1) {
            throw LucentException.invalid("crossValidation.step must be at least 1");
        }
        return new CrossValidation(f, h, s);
    }

    /** The length of the training part of fold {@code fold} (0 = earliest) of a series of {@code length}. */
    public int trainEnd(int length, int fold) {
        return length - horizon - (folds - 1 - fold) * step;
    }
}
