package io.lucent.timeseries.stl;

/**
 * Loess on an evenly spaced series, as STL uses it (R's {@code stless} and {@code stlest}): the fit at a position is a
 * local constant (degree 0) or local line (degree 1) over the {@code span} nearest observations with tricube weights
 * on the distance scaled by the farthest of them (widened by half the excess when the span exceeds the series),
 * optionally multiplied by robustness weights. With a jump above 1 the fit is computed at every jump-th position and
 * at the last one, and linearly interpolated in between. A position whose weights all vanish keeps its own value.
 *
 * <p>Positions are 1-based internally, as in the original routines, so that the arithmetic (and hence every rounding)
 * is the same as theirs.
 */
public final class Loess {

    private Loess() {
    }

    /**
     * The loess fit at every position.
     *
     * @param y      the series
     * @param span   the number of neighbours in each local fit, at least 1 (may exceed the series)
     * @param degree 0 (local constant) or 1 (local line)
     * @return the smoothed series, as long as {@code y}
     */
    public static double[] smooth(double[] y, int span, int degree) {
        return smooth(y, span, degree, 1);
    }

    /**
     * The loess fit at every {@code jump}-th position and the last, linearly interpolated in between.
     *
     * @param y      the series
     * @param span   the number of neighbours in each local fit, at least 1
     * @param degree 0 or 1
     * @param jump   the step between evaluated positions, at least 1
     * @return the smoothed series, as long as {@code y}
     */
    public static double[] smooth(double[] y, int span, int degree, int jump) {
        if (span < 1 || jump < 1 || degree < 0 || degree > 1) {
            throw new IllegalArgumentException("Loess needs a span and jump of at least 1 and a degree of 0 or 1");
        }
        if (y.length == 0) {
            return new double[0];
        }
        double[] out = new double[y.length];
        new Fit(y.length).smooth(y, y.length, span, degree, jump, null, out);
        return out;
    }

    /** The loess routines over one reusable scratch array of local weights (one instance per thread). */
    static final class Fit {

        private final double[] w;

        Fit(int capacity) {
            this.w = new double[Math.max(capacity, 1)];
        }

        /**
         * Smooths {@code y[0..n-1]} into {@code out[0..n-1]}; {@code rw}, when not null, holds robustness weights
         * multiplied into the local weights.
         */
        void smooth(double[] y, int n, int len, int degree, int jump, double[] rw, double[] out) {
            if (n < 2) {
                out[0] = y[0];
                return;
            }
            int step = Math.min(jump, n - 1);
            int left = 1;
            int right = n;
            if (len >= n) {
                for (int i = 1; i <= n; i += step) {
                    double v = estimate(y, n, len, degree, i, 1, n, rw);
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
                    double v = estimate(y, n, len, degree, i, left, right, rw);
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
                    double v = estimate(y, n, len, degree, i, left, right, rw);
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
                    double v = estimate(y, n, len, degree, n, left, right, rw);
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
         * The local fit at the 1-based position {@code xs} (which may lie just outside {@code 1..n}) over the
         * positions {@code left..right}; NaN when no observation gets a weight.
         */
        double estimate(double[] y, int n, int len, int degree, int xs, int left, int right, double[] rw) {
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
                    if (rw != null) {
                        w[j - 1] = rw[j - 1] * w[j - 1];
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
}
