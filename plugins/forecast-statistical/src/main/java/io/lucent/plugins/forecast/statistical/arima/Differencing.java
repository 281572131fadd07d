package io.lucent.plugins.forecast.statistical.arima;

/** Ordinary and seasonal differencing of series, and the polynomial that undoes it. */
final class Differencing {

    private Differencing() {
    }

    /**
     * Differences a series {@code times} times at a lag.
     *
     * @param x     the series
     * @param lag   the lag
     * @param times how often
     * @return the differenced series, {@code lag * times} shorter (empty if nothing is left)
     */
    static double[] diff(double[] x, int lag, int times) {
        double[] cur = x;
        for (int k = 0; k < times; k++) {
            int n = cur.length - lag;
            if (n <= 0) {
                return new double[0];
            }
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                next[i] = cur[i + lag] - cur[i];
            }
            cur = next;
        }
        return cur == x ? x.clone() : cur;
    }

    /**
     * Applies {@code d} ordinary and {@code bigD} seasonal differences.
     *
     * @return the differenced series
     */
    static double[] apply(double[] x, int d, int bigD, int period) {
        return diff(diff(x, 1, d), period, bigD);
    }

    /**
     * The coefficients {@code delta} of {@code (1 - B)^d (1 - B^m)^D = 1 - sum delta_k B^k}, so that
     * {@code x_t = w_t + sum delta_k x_{t-k}} where {@code w} is the differenced series.
     *
     * @return delta, of length {@code d + m D}
     */
    static double[] integrationCoefficients(int d, int bigD, int period) {
        double[] poly = {1.0};
        for (int i = 0; i < d; i++) {
            poly = multiply(poly, new double[] {1, -1});
        }
        for (int i = 0; i < bigD; i++) {
            double[] s = new double[period + 1];
            s[0] = 1;
            s[period] = -1;
            poly = multiply(poly, s);
        }
        double[] delta = new double[poly.length - 1];
        for (int k = 1; k < poly.length; k++) {
            delta[k - 1] = -poly[k];
        }
        return delta;
    }

    /** Polynomial product. */
    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }
}
