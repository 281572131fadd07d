package io.lucent.plugins.forecast.statistical.arima;

/**
 * Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae and Terpenning 1990) without robustness
 * iterations, with the window and jump defaults of R's {@code stl}: seasonal degree 0, trend and low-pass
 * degree 1, trend window {@code nextodd(ceil(1.5 m / (1 - 1.5 / s.window)))}, low-pass window
 * {@code nextodd(m)}, jumps of a tenth of each window, two inner passes.
 *
 * @param seasonal the seasonal component
 * @param trend    the trend component
 */
public record Stl(double[] seasonal, double[] trend) {

    /**
     * Decomposes a series.
     *
     * @param y       the series, longer than two periods
     * @param period  the period, at least 2
     * @param sWindow the seasonal loess window (R's {@code s.window}), odd
     * @return the decomposition
     */
    public static Stl decompose(double[] y, int period, int sWindow) {
        int n = y.length;
        int ns = Math.max(3, sWindow);
        if (ns % 2 == 0) {
            ns++;
        }
        int nt = nextOdd((int) Math.ceil(1.5 * period / (1 - 1.5 / sWindow)));
        int nl = nextOdd(period);
        int sJump = (int) Math.ceil(ns / 10.0);
        int tJump = (int) Math.ceil(nt / 10.0);
        int lJump = (int) Math.ceil(nl / 10.0);
        nt = Math.max(3, nt);
        nl = Math.max(3, nl);
        int np = Math.max(2, period);
        double[] trend = new double[n];
        double[] season = new double[n];
        double[] detrended = new double[n];
        double[] cycle = new double[n + 2 * np];
        double[] ma1 = new double[n + 2 * np];
        double[] ma2 = new double[n + 2 * np];
        double[] lowPass = new double[n];
        double[] deseason = new double[n];
        double[] weights = new double[Math.max(n + 2 * np, 1)];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                detrended[i] = y[i] - trend[i];
            }
            cycleSubseries(detrended, n, np, ns, sJump, cycle, weights);
            movingAverage(cycle, n + 2 * np, np, ma1);
            movingAverage(ma1, n + np + 1, np, ma2);
            movingAverage(ma2, n + 2, 3, ma1);
            smooth(ma1, n, nl, 1, lJump, lowPass, weights);
            for (int i = 0; i < n; i++) {
                season[i] = cycle[np + i] - lowPass[i];
                deseason[i] = y[i] - season[i];
            }
            smooth(deseason, n, nt, 1, tJump, trend, weights);
        }
        return new Stl(season, trend);
    }

    private static int nextOdd(int x) {
        return x % 2 == 0 ? x + 1 : x;
    }

    /** Smooths each cycle-subseries and extends it by one period at both ends. */
    private static void cycleSubseries(double[] y, int n, int np, int ns, int jump, double[] out, double[] weights) {
        int maxLen = n / np + 2;
        double[] sub = new double[maxLen];
        double[] smoothed = new double[maxLen + 2];
        double[] tmp = new double[maxLen];
        for (int j = 0; j < np; j++) {
            int k = (n - 1 - j) / np + 1;
            for (int i = 0; i < k; i++) {
                sub[i] = y[i * np + j];
            }
            smooth(sub, k, ns, 0, jump, tmp, weights);
            System.arraycopy(tmp, 0, smoothed, 1, k);
            int right = Math.min(ns, k);
            double first = estimate(sub, k, ns, 0, 0, 1, right, weights);
            smoothed[0] = Double.isNaN(first) ? smoothed[1] : first;
            int left = Math.max(1, k - ns + 1);
            double last = estimate(sub, k, ns, 0, k + 1, left, k, weights);
            smoothed[k + 1] = Double.isNaN(last) ? smoothed[k] : last;
            for (int m = 0; m < k + 2; m++) {
                out[m * np + j] = smoothed[m];
            }
        }
    }

    private static void movingAverage(double[] x, int n, int len, double[] out) {
        int newN = n - len + 1;
        double v = 0;
        for (int i = 0; i < len; i++) {
            v += x[i];
        }
        out[0] = v / len;
        for (int j = 1; j < newN; j++) {
            v += x[j + len - 1] - x[j - 1];
            out[j] = v / len;
        }
    }

    /**
     * Loess smoothing at every {@code jump}-th point with linear interpolation in between (positions are
     * 1-based as in the original algorithm).
     */
    private static void smooth(double[] y, int n, int len, int degree, int jump, double[] out, double[] weights) {
        if (n < 2) {
            out[0] = y[0];
            return;
        }
        int step = Math.min(jump, n - 1);
        int left = 1;
        int right = n;
        if (len >= n) {
            for (int i = 1; i <= n; i += step) {
                double v = estimate(y, n, len, degree, i, 1, n, weights);
                out[i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        } else if (step == 1) {
            int half = (len + 1) / 2;
            left = 1;
            right = len;
            for (int i = 1; i <= n; i++) {
                if (i > half && right != n) {
                    left++;
                    right++;
                }
                double v = estimate(y, n, len, degree, i, left, right, weights);
                out[i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        } else {
            int half = (len + 1) / 2;
            for (int i = 1; i <= n; i += step) {
                if (i < half) {
                    left = 1;
                    right = len;
                } else if (i >= n - half + 1) {
                    left = n - len + 1;
                    right = n;
                } else {
                    left = i - half + 1;
                    right = len + i - half;
                }
                double v = estimate(y, n, len, degree, i, left, right, weights);
                out[i - 1] = Double.isNaN(v) ? y[i - 1] : v;
            }
        }
        if (step != 1) {
            for (int i = 1; i <= n - step; i += step) {
                double delta = (out[i + step - 1] - out[i - 1]) / step;
                for (int j = i + 1; j < i + step; j++) {
                    out[j - 1] = out[i - 1] + delta * (j - i);
                }
            }
            int k = ((n - 1) / step) * step + 1;
            if (k != n) {
                double v = estimate(y, n, len, degree, n, left, right, weights);
                out[n - 1] = Double.isNaN(v) ? y[n - 1] : v;
                if (k != n - 1) {
                    double delta = (out[n - 1] - out[k - 1]) / (n - k);
                    for (int j = k + 1; j < n; j++) {
                        out[j - 1] = out[k - 1] + delta * (j - k);
                    }
                }
            }
        }
    }

    /**
     * The local (degree 0 or 1) tricube-weighted fit at position {@code xs} over positions
     * {@code left..right}; NaN when all weights vanish.
     */
    private static double estimate(double[] y, int n, int len, int degree, int xs, int left, int right, double[] w) {
        double range = n - 1.0;
        double h = Math.max(xs - left, right - xs);
        if (len > n) {
            h += (len - n) / 2;
        }
        double h9 = 0.999 * h;
        double h1 = 0.001 * h;
        double a = 0;
        for (int j = left; j <= right; j++) {
            w[j - 1] = 0;
            double r = Math.abs(j - xs);
            if (r <= h9) {
                if (r <= h1) {
                    w[j - 1] = 1;
                } else {
                    double u = r / h;
                    u = 1 - u * u * u;
                    w[j - 1] = u * u * u;
                }
                a += w[j - 1];
            }
        }
        if (a <= 0) {
            return Double.NaN;
        }
        for (int j = left; j <= right; j++) {
            w[j - 1] /= a;
        }
        if (h > 0 && degree > 0) {
            double center = 0;
            for (int j = left; j <= right; j++) {
                center += w[j - 1] * j;
            }
            double b = xs - center;
            double c = 0;
            for (int j = left; j <= right; j++) {
                c += w[j - 1] * (j - center) * (j - center);
            }
            if (Math.sqrt(c) > 0.001 * range) {
                b /= c;
                for (int j = left; j <= right; j++) {
                    w[j - 1] *= b * (j - center) + 1;
                }
            }
        }
        double ys = 0;
        for (int j = left; j <= right; j++) {
            ys += w[j - 1] * y[j - 1];
        }
        return ys;
    }
}
