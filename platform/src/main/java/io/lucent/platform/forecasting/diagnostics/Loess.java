package io.lucent.platform.forecasting.diagnostics;

import java.util.OptionalDouble;

/**
 * Loess on an evenly spaced series (positions 0, 1, ...): at each point, a weighted local constant (degree 0) or
 * local line (degree 1) over the {@code span} nearest observations, with tricube weights on the distance scaled
 * by the farthest neighbour (widened when the span exceeds the series). The building block of {@link Stl}.
 */
final class Loess {

    private Loess() {
    }

    /** The loess value at every position; a position whose weights are all zero keeps its own value. */
    static double[] smooth(double[] y, int span, int degree) {
        int n = y.length;
        double[] out = new double[n];
        int half = (span + 1) / 2;
        for (int i = 0; i < n; i++) {
            int left;
            int right;
            if (span >= n) {
                left = 0;
                right = n - 1;
            } else {
                left = Math.max(0, Math.min(i - half + 1, n - span));
                right = left + span - 1;
            }
            out[i] = at(y, i, left, right, span, degree).orElse(y[i]);
        }
        return out;
    }

    /**
     * The loess value at position {@code x} (which may lie outside the series) from the observations
     * {@code left..right}; empty when no observation gets a weight.
     */
    static OptionalDouble at(double[] y, double x, int left, int right, int span, int degree) {
        int n = y.length;
        double h = Math.max(x - left, right - x);
        if (span > n) {
            h += (span - n) / 2;
        }
        double[] weights = new double[right - left + 1];
        double total = 0;
        for (int j = left; j <= right; j++) {
            double distance = Math.abs(j - x);
            if (distance <= 0.999 * h) {
                double w = distance <= 0.001 * h ? 1 : cube(1 - cube(distance / h));
                weights[j - left] = w;
                total += w;
            }
        }
        if (total <= 0) {
            return OptionalDouble.empty();
        }
        for (int k = 0; k < weights.length; k++) {
            weights[k] /= total;
        }
        if (h > 0 && degree > 0) {
            double centre = 0;
            for (int j = left; j <= right; j++) {
                centre += weights[j - left] * j;
            }
            double spread = 0;
            for (int j = left; j <= right; j++) {
                spread += weights[j - left] * (j - centre) * (j - centre);
            }
            if (Math.sqrt(spread) > 0.001 * (n - 1)) {
                double slope = (x - centre) / spread;
                for (int j = left; j <= right; j++) {
                    weights[j - left] *= slope * (j - centre) + 1;
                }
            }
        }
        double value = 0;
        for (int j = left; j <= right; j++) {
            value += weights[j - left] * y[j];
        }
        return OptionalDouble.of(value);
    }

    private static double cube(double value) {
        return value * value * value;
    }
}
