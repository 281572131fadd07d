package io.lucent.plugins.forecast.statistical.ets;

/**
 * The state of an ETS model between two observations.
 *
 * @param level  the level
 * @param trend  the trend (0 without trend)
 * @param season the seasonal states in the order they will be used: {@code season[0]} applies to the next
 *               observation; empty without season
 */
public record EtsState(double level, double trend, double[] season) {

    /**
     * A copy of the seasonal states.
     *
     * @return the seasonal states, next-used first
     */
    @Override
    public double[] season() {
        return season.clone();
    }

    /**
     * The seasonal state applying h steps ahead.
     *
     * @param h the step, from 1
     * @return the seasonal state, or NaN without season
     */
    double seasonAt(int h) {
        return season.length == 0 ? Double.NaN : season[(h - 1) % season.length];
    }
}
