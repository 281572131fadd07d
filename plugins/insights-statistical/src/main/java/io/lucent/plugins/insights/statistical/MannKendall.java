package io.lucent.plugins.insights.statistical;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall test for a monotonic trend, with Sen's slope: S sums the signs of all later-minus-earlier
 * differences, its variance is corrected for ties, Z has the continuity correction, and the two-sided p-value
 * comes from the normal approximation. Sen's slope is the median pairwise slope; the trend's change is stated
 * against the Sen line's starting level.
 */
final class MannKendall {

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private MannKendall() {
    }

    /**
     * @param n         values
     * @param s         Kendall's S
     * @param pValue    two-sided p-value
     * @param slope     Sen's slope per period
     * @param start     the Sen line's value at the first period
     * @param changePct the line's change over the series in % of its start, NaN when the start is not positive
     */
    record Result(int n, long s, double pValue, double slope, double start, double changePct) {
    }

    static Result test(double[] values) {
        int n = values.length;
        long s = 0;
        double[] slopes = new double[Math.max(1, n * (n - 1) / 2)];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += (long) Math.signum(values[j] - values[i]);
                slopes[k++] = (values[j] - values[i]) / (j - i);
            }
        }
        double variance = n * (n - 1.0) * (2 * n + 5);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < n;) {
            int j = i;
            while (j + 1 < n && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            variance -= t * (t - 1) * (2 * t + 5);
            i = j + 1;
        }
        variance /= 18;
        double z = variance <= 0 ? 0 : (s - Math.signum(s)) / Math.sqrt(variance);
        double p = n < 3 ? 1 : Math.min(1, 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z))));
        double slope = k == 0 ? 0 : median(Arrays.copyOf(slopes, k));
        double[] intercepts = new double[n];
        for (int t = 0; t < n; t++) {
            intercepts[t] = values[t] - slope * t;
        }
        double start = n == 0 ? 0 : median(intercepts);
        double change = start > 0 ? slope * (n - 1) / start * 100 : Double.NaN;
        return new Result(n, s, p, slope, start, change);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
