package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.timeseries.stl.Stl;
import io.lucent.timeseries.stl.StlParameters;
import io.lucent.timeseries.stl.StlResult;

/**
 * The strength of seasonality {@code max(0, min(1, 1 - var(R) / var(R + S)))} of an STL decomposition with
 * seasonal window 11 (R's other defaults, jumps included), the statistic behind R's {@code nsdiffs(test = "seas")}: a strength above 0.64 calls
 * for a seasonal difference (Wang, Smith and Hyndman 2006).
 */
final class SeasonalStrength {

    /** The threshold above which R's heuristic takes a seasonal difference. */
    static final double THRESHOLD = 0.64;
    private static final int SEASONAL_WINDOW = 11;

    private SeasonalStrength() {
    }

    /**
     * The seasonal strength.
     *
     * @param y      the series, longer than two periods
     * @param period the period, at least 2
     * @return the strength in [0, 1]
     */
    static double of(double[] y, int period) {
        StlResult stl = Stl.decompose(y, StlParameters.of(period, SEASONAL_WINDOW));
        double[] remainder = stl.remainder();
        double[] seasonal = stl.seasonal();
        double[] withSeason = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            withSeason[i] = remainder[i] + seasonal[i];
        }
        double strength = 1 - variance(remainder) / variance(withSeason);
        if (Double.isNaN(strength)) {
            return 0;
        }
        return Math.max(0, Math.min(1, strength));
    }

    private static double variance(double[] x) {
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return s / (x.length - 1);
    }
}
