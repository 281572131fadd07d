package io.lucent.platform.forecasting.diagnostics;

import java.util.Arrays;

/**
 * Trend and seasonality strength (Wang, Smith and Hyndman's measures, as in FPP3 §4.3): {@code F_T = max(0, 1 -
 * Var(R) / Var(T + R))}, {@code F_S = max(0, 1 - Var(R) / Var(S + R))}, each 0 to 1. The components come from a
 * classical additive decomposition (centred moving average for the trend, mean detrended value per season
 * position for the season), not from STL: the host has no STL of its own yet (the statistical plugin's is
 * internal to it). Missing values are linearly interpolated first.
 *
 * @param trendStrength       F_T
 * @param seasonalityStrength F_S, or null when the series has no seasonal period or fewer than two cycles
 * @param method              how the components were obtained
 */
public record Decomposition(double trendStrength, Double seasonalityStrength, String method) {

    public static Decomposition of(double[] values, int period) {
        double[] y = interpolate(values);
        int n = y.length;
        int window = period > 1 ? period : Math.min(n % 2 == 0 ? n - 1 : n, 5);
        double[] trend = movingAverage(y, Math.max(window, 1));
        double[] seasonal = new double[n];
        boolean seasonalUsable = period > 1 && n >= 2 * period;
        if (seasonalUsable) {
            double[] sums = new double[period];
            int[] counts = new int[period];
            for (int t = 0; t < n; t++) {
                if (!Double.isNaN(trend[t])) {
                    sums[t % period] += y[t] - trend[t];
                    counts[t % period]++;
                }
            }
            double[] means = new double[period];
            double overall = 0;
            for (int s = 0; s < period; s++) {
                means[s] = counts[s] == 0 ? 0 : sums[s] / counts[s];
                overall += means[s] / period;
            }
            for (int t = 0; t < n; t++) {
                seasonal[t] = means[t % period] - overall;
            }
        }
        double[] remainder = new double[n];
        double[] trendPlusRemainder = new double[n];
        double[] seasonPlusRemainder = new double[n];
        int used = 0;
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(trend[t])) {
                continue;
            }
            double r = y[t] - trend[t] - seasonal[t];
            remainder[used] = r;
            trendPlusRemainder[used] = trend[t] + r;
            seasonPlusRemainder[used] = seasonal[t] + r;
            used++;
        }
        double vr = variance(Arrays.copyOf(remainder, used));
        double ft = strength(vr, variance(Arrays.copyOf(trendPlusRemainder, used)));
        Double fs = seasonalUsable ? strength(vr, variance(Arrays.copyOf(seasonPlusRemainder, used))) : null;
        return new Decomposition(ft, fs, "classical additive decomposition (centred moving average of " + window + ")");
    }

    private static double strength(double remainderVariance, double variance) {
        return variance <= 0 ? 0 : Math.max(0, 1 - remainderVariance / variance);
    }

    private static double[] movingAverage(double[] y, int window) {
        int n = y.length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (window >= n) {
            return out;
        }
        boolean even = window % 2 == 0;
        int half = window / 2;
        for (int t = half; t < n - half; t++) {
            double s = 0;
            if (even) {
                s += 0.5 * y[t - half] + 0.5 * y[t + half];
                for (int j = -half + 1; j < half; j++) {
                    s += y[t + j];
                }
            } else {
                for (int j = -half; j <= half; j++) {
                    s += y[t + j];
                }
            }
            out[t] = s / window;
        }
        return out;
    }

    private static double variance(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double mean = Arrays.stream(x).average().orElse(0);
        return Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (x.length - 1);
    }

    static double[] interpolate(double[] values) {
        double[] y = values.clone();
        int n = y.length;
        int previous = -1;
        for (int t = 0; t < n; t++) {
            if (Double.isNaN(y[t])) {
                continue;
            }
            if (previous >= 0 && t - previous > 1) {
                for (int g = previous + 1; g < t; g++) {
                    y[g] = y[previous] + (y[t] - y[previous]) * (g - previous) / (t - previous);
                }
            } else if (previous < 0) {
                for (int g = 0; g < t; g++) {
                    y[g] = y[t];
                }
            }
            previous = t;
        }
        for (int g = previous + 1; g < n && previous >= 0; g++) {
            y[g] = y[previous];
        }
        return y;
    }
}
