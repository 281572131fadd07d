package io.lucent.plugins.insights.retail;

/** Quantiles and medians of sorted values. */
final class Quantiles {

    private Quantiles() {
    }

    /** The quantile of sorted values, interpolating linearly between order statistics. */
    static double of(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
