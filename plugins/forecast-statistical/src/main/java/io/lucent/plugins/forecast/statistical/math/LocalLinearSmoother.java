package io.lucent.plugins.forecast.statistical.math;

/**
 * Local linear regression on the time index with tricube weights over the {@code q} nearest observations (loess
 * of degree 1 without robustness iterations, evaluated exactly at every observation).
 */
public final class LocalLinearSmoother {

    private LocalLinearSmoother() {
    }

    /**
     * Smooths a series.
     *
     * @param y the values
     * @param q the number of nearest observations in each local fit, at least 2 (capped at the length)
     * @return the smoothed values
     */
    public static double[] smooth(double[] y, int q) {
        int n = y.length;
        int k = Math.max(2, Math.min(q, n));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, Math.min(i - (k - 1) / 2, n - k));
            int hi = lo + k - 1;
            double bandwidth = Math.max(i - lo, hi - i) * 1.0000001 + 1e-12;
            double sw = 0;
            double st = 0;
            double sy = 0;
            double stt = 0;
            double sty = 0;
            for (int j = lo; j <= hi; j++) {
                double u = Math.abs(j - i) / bandwidth;
                double w = Math.pow(1 - u * u * u, 3);
                double t = j - i;
                sw += w;
                st += w * t;
                sy += w * y[j];
                stt += w * t * t;
                sty += w * t * y[j];
            }
            double det = sw * stt - st * st;
            out[i] = Math.abs(det) < 1e-12 * sw * sw ? sy / sw : (stt * sy - st * sty) / det;
        }
        return out;
    }
}
