package io.lucent.timeseries.stl;

import java.util.Arrays;

/**
 * STL, the seasonal-trend decomposition by loess of Cleveland, Cleveland, McRae and Terpenning (1990), additive:
 * {@code y = seasonal + trend + remainder}, computed as R's {@code stats::stl} does (same algorithm, same defaults,
 * same arithmetic order). Each inner pass smooths every cycle-subseries (one per position in the cycle, extended
 * by one cycle at both ends), removes the low-frequency part of that seasonal estimate (moving averages of the
 * period, the period and 3, then loess) and smooths the deseasonalised series into the trend. Each robustness
 * iteration gives every observation the bisquare weight of its remainder over six times the median absolute
 * remainder and runs the inner passes again with those weights in the seasonal and trend loess.
 */
public final class Stl {

    private Stl() {
    }

    /**
     * Decomposes a complete series (no missing values; a NaN spreads into the components).
     *
     * @param y          the series, at least two cycles long
     * @param parameters the parameters
     * @return the components and the robustness weights
     */
    public static StlResult decompose(double[] y, StlParameters parameters) {
        int n = y.length;
        int np = parameters.period();
        if (n < 2 * np) {
            throw new IllegalArgumentException("STL needs at least two cycles of " + np + " observations");
        }
        StlParameters p = parameters.resolve(n);
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        double[] season = new double[n];
        double[] trend = new double[n];
        InnerLoop inner = new InnerLoop(n, p);
        boolean useWeights = false;
        for (int pass = 0; ; pass++) {
            inner.run(y, useWeights ? weights : null, season, trend);
            if (pass >= p.outerPasses()) {
                break;
            }
            robustnessWeights(y, season, trend, weights);
            useWeights = true;
        }
        if (p.periodic()) {
            season = cycleMeans(season, np);
        }
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - season[i] - trend[i];
        }
        return new StlResult(season, trend, remainder, weights, p);
    }

    /**
     * Bisquare weights of the absolute remainders {@code r} scaled by {@code h = 6 median(r)} (R's {@code stlrwt}):
     * 1 up to {@code 0.001 h}, {@code (1 - (r/h)^2)^2} up to {@code 0.999 h}, then 0. The median is exact; R's
     * Fortran takes it from a partial sort asked for the two middle positions in descending order, which for an even
     * length can return a larger value than the lower middle one, so R's robust weights (and components) can differ
     * from these on series of even length.
     */
    private static void robustnessWeights(double[] y, double[] season, double[] trend, double[] weights) {
        int n = y.length;
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = Math.abs(y[i] - (trend[i] + season[i]));
        }
        double[] sorted = r.clone();
        Arrays.sort(sorted);
        int mid1 = n / 2 + 1;
        int mid2 = n - mid1 + 1;
        double cmad = 3.0 * (sorted[mid1 - 1] + sorted[mid2 - 1]);
        double c9 = 0.999 * cmad;
        double c1 = 0.001 * cmad;
        for (int i = 0; i < n; i++) {
            if (r[i] <= c1) {
                weights[i] = 1;
            } else if (r[i] <= c9) {
                double u = r[i] / cmad;
                u = 1 - u * u;
                weights[i] = u * u;
            } else {
                weights[i] = 0;
            }
        }
    }

    /** R's periodic season: each value replaced by the mean of its position in the cycle. */
    private static double[] cycleMeans(double[] season, int period) {
        int n = season.length;
        double[] out = new double[n];
        for (int position = 0; position < period; position++) {
            double sum = 0;
            int count = 0;
            for (int i = position; i < n; i += period) {
                sum += season[i];
                count++;
            }
            double mean = sum / count;
            double correction = 0;
            for (int i = position; i < n; i += period) {
                correction += season[i] - mean;
            }
            mean += correction / count;
            for (int i = position; i < n; i += period) {
                out[i] = mean;
            }
        }
        return out;
    }

    /** The inner loop (R's {@code stlstp}) with its working arrays, reused by every pass over one series. */
    private static final class InnerLoop {

        private final int n;
        private final int np;
        private final StlParameters p;
        private final Loess.Fit fit;
        private final double[] detrended;
        private final double[] cycle;
        private final double[] ma1;
        private final double[] ma2;
        private final double[] lowPass;
        private final double[] deseasonalised;
        private final double[] subseries;
        private final double[] subWeights;
        private final double[] subSmoothed;
        private final double[] extended;

        InnerLoop(int n, StlParameters p) {
            this.n = n;
            this.p = p;
            this.np = p.period();
            this.fit = new Loess.Fit(n + 2 * np);
            this.detrended = new double[n];
            this.cycle = new double[n + 2 * np];
            this.ma1 = new double[n + 2 * np];
            this.ma2 = new double[n + 2 * np];
            this.lowPass = new double[n];
            this.deseasonalised = new double[n];
            int maxLength = n / np + 2;
            this.subseries = new double[maxLength];
            this.subWeights = new double[maxLength];
            this.subSmoothed = new double[maxLength];
            this.extended = new double[maxLength + 2];
        }

        /** Runs the inner passes, updating {@code season} and {@code trend}; {@code rw} null means no weights. */
        void run(double[] y, double[] rw, double[] season, double[] trend) {
            for (int pass = 0; pass < p.innerPasses(); pass++) {
                for (int i = 0; i < n; i++) {
                    detrended[i] = y[i] - trend[i];
                }
                cycleSubseries(rw);
                movingAverage(cycle, n + 2 * np, np, ma1);
                movingAverage(ma1, n + np + 1, np, ma2);
                movingAverage(ma2, n + 2, 3, ma1);
                fit.smooth(ma1, n, p.lowPassWindow(), p.lowPassDegree(), p.lowPassJump(), null, lowPass);
                for (int i = 0; i < n; i++) {
                    season[i] = cycle[np + i] - lowPass[i];
                    deseasonalised[i] = y[i] - season[i];
                }
                fit.smooth(deseasonalised, n, p.trendWindow(), p.trendDegree(), p.trendJump(), rw, trend);
            }
        }

        /** Smooths each cycle-subseries of {@code detrended} into {@code cycle}, extended by one cycle at both ends. */
        private void cycleSubseries(double[] rw) {
            int ns = p.seasonalWindow();
            int degree = p.seasonalDegree();
            double[] subRw = rw == null ? null : subWeights;
            for (int j = 0; j < np; j++) {
                int k = (n - 1 - j) / np + 1;
                for (int i = 0; i < k; i++) {
                    subseries[i] = detrended[i * np + j];
                    if (rw != null) {
                        subWeights[i] = rw[i * np + j];
                    }
                }
                fit.smooth(subseries, k, ns, degree, p.seasonalJump(), subRw, subSmoothed);
                System.arraycopy(subSmoothed, 0, extended, 1, k);
                double first = fit.estimate(subseries, k, ns, degree, 0, 1, Math.min(ns, k), subRw);
                extended[0] = Double.isNaN(first) ? extended[1] : first;
                double last = fit.estimate(subseries, k, ns, degree, k + 1, Math.max(1, k - ns + 1), k, subRw);
                extended[k + 1] = Double.isNaN(last) ? extended[k] : last;
                for (int m = 0; m < k + 2; m++) {
                    cycle[m * np + j] = extended[m];
                }
            }
        }

        private static void movingAverage(double[] x, int length, int window, double[] out) {
            double v = 0;
            for (int i = 0; i < window; i++) {
                v += x[i];
            }
            out[0] = v / window;
            for (int j = 1; j < length - window + 1; j++) {
                v += x[j + window - 1] - x[j - 1];
                out[j] = v / window;
            }
        }
    }
}
