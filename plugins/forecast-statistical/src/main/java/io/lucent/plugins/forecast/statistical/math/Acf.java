package io.lucent.plugins.forecast.statistical.math;

/** The sample autocorrelation function, defined as R's {@code acf()} does (mean removed, divisor n). */
public final class Acf {

    private Acf() {
    }

    /**
     * Sample autocorrelations at lags 1 to {@code maxLag}.
     *
     * @param x      the series, without missing values
     * @param maxLag the largest lag, below the series length
     * @return {@code r[k-1]} is the autocorrelation at lag k; zeros for a constant series
     */
    public static double[] of(double[] x, int maxLag) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : x) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag];
        if (c0 == 0) {
            return r;
        }
        for (int k = 1; k <= maxLag && k < n; k++) {
            double c = 0;
            for (int t = k; t < n; t++) {
                c += (x[t] - mean) * (x[t - k] - mean);
            }
            r[k - 1] = c / c0;
        }
        return r;
    }
}
