package io.lucent.plugins.forecast.statistical.math;

/**
 * The least-squares line through {@code (t0 + i, x[i])}.
 *
 * @param intercept the value of the line at {@code t = 0}
 * @param slope     the change per step
 */
public record LinearTrend(double intercept, double slope) {

    /**
     * Fits the line to the first {@code count} values, with time starting at {@code t0}.
     *
     * @param x     values
     * @param count how many leading values to use, at least 1
     * @param t0    the time of the first value
     * @return the fitted line; slope 0 for a single value
     */
    public static LinearTrend fit(double[] x, int count, double t0) {
        double tMean = t0 + (count - 1) / 2.0;
        double xMean = 0;
        for (int i = 0; i < count; i++) {
            xMean += x[i];
        }
        xMean /= count;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < count; i++) {
            double dt = t0 + i - tMean;
            sxy += dt * (x[i] - xMean);
            sxx += dt * dt;
        }
        double slope = sxx > 0 ? sxy / sxx : 0;
        return new LinearTrend(xMean - slope * tMean, slope);
    }

    /**
     * The value of the line at time t.
     *
     * @param t the time
     * @return intercept + slope * t
     */
    public double at(double t) {
        return intercept + slope * t;
    }
}
