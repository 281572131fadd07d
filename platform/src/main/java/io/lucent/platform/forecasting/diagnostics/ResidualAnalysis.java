package io.lucent.platform.forecasting.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Residual diagnostics of a fitted model: histogram, normal QQ points, autocorrelations (ACF, and PACF by the
 * Durbin-Levinson recursion) with 95% bounds of ±1.96/√n, and the Ljung-Box test. Missing residuals are dropped.
 *
 * @param count     residuals used
 * @param mean      their mean
 * @param sd        their standard deviation
 * @param histogram bin edges and counts (Sturges' rule)
 * @param qq        theoretical normal quantiles and the standardised sorted residuals
 * @param acf       autocorrelations at lags 1..maxLag
 * @param pacf      partial autocorrelations at lags 1..maxLag
 * @param bound     the 95% bound for white noise
 * @param ljungBox  the portmanteau test
 */
public record ResidualAnalysis(int count, double mean, double sd, Histogram histogram, List<double[]> qq, double[] acf, double[] pacf,
                               double bound, LjungBox ljungBox) {

    /** A histogram: {@code edges.length == counts.length + 1}. */
    public record Histogram(double[] edges, int[] counts) {
    }

    /**
     * The Ljung-Box test of no autocorrelation up to {@code lag}.
     *
     * @param lag       lags tested: min(2 × period, n / 5), at least 1, as Hyndman's {@code checkresiduals} does, minus the
     *                  fitted parameters from the degrees of freedom
     * @param statistic Q
     * @param df        degrees of freedom
     * @param pValue    P(χ²(df) ≥ Q)
     */
    public record LjungBox(int lag, double statistic, int df, double pValue) {
    }

    public static ResidualAnalysis of(double[] residuals, int period, int fittedParameters) {
        double[] x = Arrays.stream(residuals).filter(Double::isFinite).toArray();
        int n = x.length;
        if (n < 4) {
            throw new IllegalArgumentException("too few residuals for diagnostics (" + n + ")");
        }
        double mean = Arrays.stream(x).average().orElse(0);
        double sd = Math.sqrt(Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        int maxLag = Math.max(1, Math.min(n - 1, Math.max(10, 2 * period)));
        maxLag = Math.min(maxLag, n / 2 > 0 ? Math.max(1, n - 2) : 1);
        double[] acf = acf(x, mean, maxLag);
        double[] pacf = pacf(acf);
        int lag = Math.max(1, Math.min(period > 1 ? 2 * period : 10, n / 5));
        lag = Math.min(lag, acf.length);
        double q = 0;
        for (int k = 1; k <= lag; k++) {
            q += acf[k - 1] * acf[k - 1] / (n - k);
        }
        q *= n * (n + 2.0);
        int df = Math.max(1, lag - fittedParameters);
        double p = 1 - new ChiSquaredDistribution(df).cumulativeProbability(q);
        return new ResidualAnalysis(n, mean, sd, histogram(x), qq(x, mean, sd), acf, pacf, 1.96 / Math.sqrt(n), new LjungBox(lag, q, df, p));
    }

    static double[] acf(double[] x, double mean, int maxLag) {
        double denominator = 0;
        for (double v : x) {
            denominator += (v - mean) * (v - mean);
        }
        double[] acf = new double[maxLag];
        for (int k = 1; k <= maxLag; k++) {
            double s = 0;
            for (int t = k; t < x.length; t++) {
                s += (x[t] - mean) * (x[t - k] - mean);
            }
            acf[k - 1] = denominator == 0 ? 0 : s / denominator;
        }
        return acf;
    }

    /** Durbin-Levinson: PACF from the ACF. */
    static double[] pacf(double[] acf) {
        int m = acf.length;
        double[] pacf = new double[m];
        double[] phi = new double[m + 1];
        double[] previous = new double[m + 1];
        double v = 1;
        for (int k = 1; k <= m; k++) {
            double num = acf[k - 1];
            for (int j = 1; j < k; j++) {
                num -= previous[j] * acf[k - j - 1];
            }
            double a = v == 0 ? 0 : num / v;
            phi[k] = a;
            for (int j = 1; j < k; j++) {
                phi[j] = previous[j] - a * previous[k - j];
            }
            v *= 1 - a * a;
            pacf[k - 1] = a;
            System.arraycopy(phi, 0, previous, 0, k + 1);
        }
        return pacf;
    }

    private static Histogram histogram(double[] x) {
        double min = Arrays.stream(x).min().orElse(0);
        double max = Arrays.stream(x).max().orElse(0);
        int bins = (int) Math.ceil(Math.log(x.length) / Math.log(2)) + 1;
        if (max == min) {
            return new Histogram(new double[] {min, max}, new int[] {x.length});
        }
        double width = (max - min) / bins;
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = min + i * width;
        }
        int[] counts = new int[bins];
        for (double v : x) {
            counts[Math.min(bins - 1, (int) ((v - min) / width))]++;
        }
        return new Histogram(edges, counts);
    }

    private static List<double[]> qq(double[] x, double mean, double sd) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        NormalDistribution normal = new NormalDistribution();
        List<double[]> points = new ArrayList<>(sorted.length);
        int n = sorted.length;
        for (int i = 0; i < n; i++) {
            double p = (i + 1 - 0.5) / n;
            points.add(new double[] {normal.inverseCumulativeProbability(p), sd == 0 ? 0 : (sorted[i] - mean) / sd});
        }
        return points;
    }
}
