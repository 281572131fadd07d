package io.lucent.platform.forecasting.diagnostics;

import io.lucent.timeseries.stl.Loess;
import io.lucent.timeseries.stl.Stl;
import io.lucent.timeseries.stl.StlParameters;
import io.lucent.timeseries.stl.StlResult;
import java.util.Arrays;

/**
 * Trend and seasonality strength (Wang, Smith and Hyndman's measures, as in FPP3 §4.3): {@code F_T = max(0, 1 -
 * Var(R) / Var(T + R))}, {@code F_S = max(0, 1 - Var(R) / Var(S + R))}, each 0 to 1, from an STL decomposition
 * ({@link Stl}, seasonal span 7, loess at every point, no robustness iterations). A series without a seasonal period or with fewer than
 * two cycles gets only a trend: a local-linear loess over 13 observations (the whole series when shorter). Missing
 * values are linearly interpolated first.
 *
 * @param trendStrength       F_T
 * @param seasonalityStrength F_S, or null when the series has no seasonal period or fewer than two cycles
 * @param method              how the components were obtained
 */
@io.swagger.v3.oas.annotations.media.Schema(description = "Trend and seasonality strength (0 to 1) from an STL decomposition: "
        + "1 - Var(remainder) / Var(trend + remainder) and 1 - Var(remainder) / Var(seasonal + remainder); seasonality is null without "
        + "two full cycles")
public record Decomposition(double trendStrength, Double seasonalityStrength, String method) {

    /** The STL seasonal span: the smallest Cleveland et al. advise; the season may change slowly over the years. */
    static final int SEASONAL_SPAN = 7;
    /** The loess span of the trend of a series without a usable season. */
    static final int NON_SEASONAL_TREND_SPAN = 13;

    public static Decomposition of(double[] values, int period) {
        double[] y = interpolate(values);
        int n = y.length;
        if (n < 3 || Arrays.stream(y).anyMatch(Double::isNaN)) {
            return new Decomposition(0, null, "none: fewer than three observations");
        }
        if (period > 1 && n >= 2 * period) {
            StlResult parts = Stl.decompose(y, StlParameters.of(period, SEASONAL_SPAN).withoutJumps());
            double vr = variance(parts.remainder());
            return new Decomposition(strength(vr, variance(sum(parts.trend(), parts.remainder()))),
                    strength(vr, variance(sum(parts.seasonal(), parts.remainder()))),
                    "STL (period " + period + ", seasonal span " + SEASONAL_SPAN + ", trend span " + parts.parameters().trendWindow() + ")");
        }
        int span = StlParameters.nextOdd(Math.min(n, NON_SEASONAL_TREND_SPAN));
        double[] trend = Loess.smooth(y, span, 1);
        double[] remainder = new double[n];
        for (int t = 0; t < n; t++) {
            remainder[t] = y[t] - trend[t];
        }
        return new Decomposition(strength(variance(remainder), variance(y)), null,
                "loess trend (span " + span + "); no seasonal component" + (period > 1 ? " (fewer than two cycles of " + period + ")" : ""));
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    private static double strength(double remainderVariance, double variance) {
        return variance <= 0 ? 0 : Math.max(0, 1 - remainderVariance / variance);
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
