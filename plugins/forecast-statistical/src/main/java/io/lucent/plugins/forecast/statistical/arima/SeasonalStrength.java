package io.lucent.plugins.forecast.statistical.arima;

/**
 * The strength of seasonality {@code max(0, min(1, 1 - var(R) / var(R + S)))} of an STL decomposition with
 * seasonal window 11, the statistic behind R's {@code nsdiffs(test = "seas")}: a strength above 0.64 calls
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
        Stl stl = Stl.decompose(y, period, SEASONAL_WINDOW);
        int n = y.length;
        double[] remainder = new double[n];
        double[] withSeason = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - stl.seasonal()[i] - stl.trend()[i];
            withSeason[i] = remainder[i] + stl.seasonal()[i];
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
