package io.lucent.plugins.insights.statistical;

import java.util.Arrays;

/**
 * Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae and Terpenning 1990), additive, for a
 * regular series with a fixed period: inner loops of cycle-subseries smoothing, low-pass filtering and trend
 * smoothing, and outer loops that down-weight outliers with bisquare robustness weights, so that anomalies stay
 * in the remainder instead of bending the trend and season. Local-linear loess with tricube weights.
 */
final class Stl {

    private static final int INNER = 2;
    private static final int OUTER = 3;

    private Stl() {
    }

    /**
     * @param seasonal  the seasonal component
     * @param trend     the trend component
     * @param remainder what is left: value − seasonal − trend
     */
    record Result(double[] seasonal, double[] trend, double[] remainder) {
    }

    /** Decomposes; needs at least two periods. */
    static Result decompose(double[] y, int period) {
        int n = y.length;
        if (period < 2 || n < 2 * period) {
            throw new IllegalArgumentException("STL needs at least two periods of " + period);
        }
        int seasonalSpan = 7;
        int trendSpan = odd((int) Math.ceil(1.5 * period / (1 - 1.5 / seasonalSpan)));
        int lowPassSpan = odd(period);
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        for (int outer = 0; outer < OUTER; outer++) {
            for (int inner = 0; inner < INNER; inner++) {
                double[] detrended = new double[n];
                for (int i = 0; i < n; i++) {
                    detrended[i] = y[i] - trend[i];
                }
                double[] cycle = cycleSubseries(detrended, weights, period, seasonalSpan);
                double[] lowPass = loessAll(movingAverage(movingAverage(movingAverage(cycle, period), period), 3), null, lowPassSpan);
                for (int i = 0; i < n; i++) {
                    seasonal[i] = cycle[i + period] - lowPass[i];
                }
                double[] deseasonalised = new double[n];
                for (int i = 0; i < n; i++) {
                    deseasonalised[i] = y[i] - seasonal[i];
                }
                trend = loessAll(deseasonalised, weights, trendSpan);
            }
            double[] residual = new double[n];
            for (int i = 0; i < n; i++) {
                residual[i] = Math.abs(y[i] - seasonal[i] - trend[i]);
            }
            double h = 6 * MannKendall.median(residual);
            for (int i = 0; i < n; i++) {
                double u = h == 0 ? 0 : residual[i] / h;
                weights[i] = u < 1 ? (1 - u * u) * (1 - u * u) : 0;
            }
        }
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - seasonal[i] - trend[i];
        }
        return new Result(seasonal, trend, remainder);
    }

    /** Smooths each cycle-subseries and extends it by one period at each end: the result has n + 2·period values. */
    private static double[] cycleSubseries(double[] values, double[] weights, int period, int span) {
        int n = values.length;
        double[] out = new double[n + 2 * period];
        for (int phase = 0; phase < period; phase++) {
            int m = (n - phase + period - 1) / period;
            double[] sub = new double[m];
            double[] subWeights = new double[m];
            for (int j = 0; j < m; j++) {
                sub[j] = values[phase + j * period];
                subWeights[j] = weights[phase + j * period];
            }
            for (int j = -1; j <= m; j++) {
                int position = phase + (j + 1) * period;
                if (position < out.length) {
                    out[position] = loess(sub, subWeights, span, j);
                }
            }
        }
        return out;
    }

    private static double[] loessAll(double[] values, double[] weights, int span) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = loess(values, weights, span, i);
        }
        return out;
    }

    /** Local-linear loess at {@code x} (an index, possibly just outside the data) over the {@code span} nearest points. */
    static double loess(double[] values, double[] weights, int span, double x) {
        int n = values.length;
        int q = Math.min(span, n);
        int left = (int) Math.max(0, Math.min(n - q, Math.round(x - (q - 1) / 2.0)));
        int right = left + q - 1;
        double maxDistance = Math.max(x - left, right - x);
        if (span > n) {
            maxDistance += (span - n) / 2.0;
        }
        double sw = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = left; i <= right; i++) {
            double d = Math.abs(i - x) / (maxDistance <= 0 ? 1 : maxDistance * 1.000001);
            double w = d < 1 ? Math.pow(1 - d * d * d, 3) : 0;
            if (weights != null) {
                w *= weights[i];
            }
            sw += w;
            sx += w * i;
            sy += w * values[i];
            sxx += w * i * i;
            sxy += w * i * values[i];
        }
        if (sw <= 0) {
            return values[(int) Math.max(0, Math.min(n - 1, Math.round(x)))];
        }
        double meanX = sx / sw;
        double meanY = sy / sw;
        double varX = sxx / sw - meanX * meanX;
        if (varX <= 1e-12) {
            return meanY;
        }
        double slope = (sxy / sw - meanX * meanY) / varX;
        return meanY + slope * (x - meanX);
    }

    private static double[] movingAverage(double[] values, int window) {
        double[] out = new double[values.length - window + 1];
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i >= window) {
                sum -= values[i - window];
            }
            if (i >= window - 1) {
                out[i - window + 1] = sum / window;
            }
        }
        return out;
    }

    private static int odd(int value) {
        return value % 2 == 0 ? value + 1 : value;
    }
}
