package io.lucent.plugin.api.forecast;

import java.util.Objects;

/**
 * A prediction interval at one level, one bound per forecast step. Immutable.
 *
 * @param level the level in percent, for example 95
 * @param lower the lower bounds, one per step
 * @param upper the upper bounds, one per step, each at least the lower bound
 */
public record PredictionInterval(double level, double[] lower, double[] upper) {

    /**
     * Validates and copies the bounds.
     *
     * @param level the {@code level} component
     * @param lower the {@code lower} component
     * @param upper the {@code upper} component
     * @throws IllegalArgumentException if the arrays differ in length or a lower bound exceeds its upper one
     */
    public PredictionInterval {
        Objects.requireNonNull(lower, "lower is null");
        Objects.requireNonNull(upper, "upper is null");
        if (lower.length != upper.length) {
            throw new IllegalArgumentException("lower and upper bounds differ in length");
        }
        for (int i = 0; i < lower.length; i++) {
            if (lower[i] > upper[i]) {
                throw new IllegalArgumentException("lower bound above upper bound at step " + (i + 1));
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /**
     * A copy of the lower bounds.
     *
     * @return the lower bounds
     */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /**
     * A copy of the upper bounds.
     *
     * @return the upper bounds
     */
    @Override
    public double[] upper() {
        return upper.clone();
    }
}
