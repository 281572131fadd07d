package io.lucent.platform.analytics.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Mann–Kendall trend test with Sen's slope: a rank-based test for a monotonic trend in a series of
 * equally spaced values, robust to outliers and to non-normal data.
 *
 * <p>S sums the signs of all later-minus-earlier differences; its variance is corrected for ties; Z uses the
 * continuity correction; the p-value is two-sided from the normal approximation (adequate from about 8
 * values). Sen's slope is the median of all pairwise slopes.
 */
public final class MannKendall {

    private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

    private MannKendall() {
    }

    /**
     * The test's result.
     *
     * @param n      number of values
     * @param s      Kendall's S
     * @param z      the normal score
     * @param pValue the two-sided p-value (1 when there are fewer than 3 values)
     * @param slope  Sen's slope, per step
     */
    public record Result(int n, long s, double z, double pValue, double slope) {
    }

    public static Result test(double[] values) {
        int n = values.length;
        if (n < 3) {
            return new Result(n, 0, 0, 1, n == 2 ? values[1] - values[0] : 0);
        }
        long s = 0;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                double difference = values[j] - values[i];
                s += (long) Math.signum(difference);
                slopes[k++] = difference / (j - i);
            }
        }
        double variance = n * (n - 1.0) * (2 * n + 5);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int run = 1;
        for (int i = 1; i <= n; i++) {
            if (i < n && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                if (run > 1) {
                    variance -= run * (run - 1.0) * (2 * run + 5);
                }
                run = 1;
            }
        }
        variance /= 18;
        double z = variance <= 0 ? 0 : s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
        double p = Math.min(1, 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z))));
        Arrays.sort(slopes);
        double slope = slopes.length % 2 == 1 ? slopes[slopes.length / 2] : (slopes[slopes.length / 2 - 1] + slopes[slopes.length / 2]) / 2;
        return new Result(n, s, z, p, slope);
    }
}
