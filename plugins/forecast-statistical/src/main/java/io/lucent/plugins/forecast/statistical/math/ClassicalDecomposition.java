package io.lucent.plugins.forecast.statistical.math;

/**
 * Classical decomposition by centred moving averages, as R's {@code decompose()}: the trend is the centred
 * moving average of order m (2 x m for even m), the seasonal figure is the per-position mean of the detrended
 * values, normalised to mean 1 (multiplicative) or 0 (additive).
 */
public final class ClassicalDecomposition {

    private ClassicalDecomposition() {
    }

    /**
     * The centred moving average of order m, {@code NaN} where the window does not fit.
     *
     * @param x      the series
     * @param period the period m, at least 2
     * @return the trend, same length as x
     */
    public static double[] trend(double[] x, int period) {
        int n = x.length;
        double[] trend = new double[n];
        java.util.Arrays.fill(trend, Double.NaN);
        boolean even = period % 2 == 0;
        int half = period / 2;
        for (int i = half; i < n - half; i++) {
            double s = 0;
            if (even) {
                s += 0.5 * x[i - half] + 0.5 * x[i + half];
                for (int j = -half + 1; j < half; j++) {
                    s += x[i + j];
                }
            } else {
                for (int j = -half; j <= half; j++) {
                    s += x[i + j];
                }
            }
            trend[i] = s / period;
        }
        return trend;
    }

    /**
     * The seasonal figure: one index per position in the cycle, position 0 being that of the first value.
     *
     * @param x              the series, at least two full periods long
     * @param period         the period
     * @param multiplicative true for ratios to the trend, false for differences
     * @return the m seasonal indices
     */
    public static double[] seasonalFigure(double[] x, int period, boolean multiplicative) {
        double[] trend = trend(x, period);
        double[] sum = new double[period];
        int[] count = new int[period];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(trend[i])) {
                double d = multiplicative ? x[i] / trend[i] : x[i] - trend[i];
                if (Double.isFinite(d)) {
                    sum[i % period] += d;
                    count[i % period]++;
                }
            }
        }
        double[] figure = new double[period];
        double mean = 0;
        for (int p = 0; p < period; p++) {
            figure[p] = count[p] > 0 ? sum[p] / count[p] : (multiplicative ? 1 : 0);
            mean += figure[p];
        }
        mean /= period;
        for (int p = 0; p < period; p++) {
            figure[p] = multiplicative ? figure[p] / mean : figure[p] - mean;
        }
        return figure;
    }
}
