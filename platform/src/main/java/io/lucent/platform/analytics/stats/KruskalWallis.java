package io.lucent.platform.analytics.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Kruskal–Wallis H test: do several groups come from the same distribution? A rank test, so it needs no
 * normality. H is corrected for ties; the p-value comes from the chi-squared distribution with groups − 1
 * degrees of freedom.
 */
public final class KruskalWallis {

    private KruskalWallis() {
    }

    /**
     * The result.
     *
     * @param h      the statistic
     * @param df     degrees of freedom
     * @param pValue the p-value (1 when the test cannot be made)
     */
    public record Result(double h, int df, double pValue) {
    }

    /** Tests the groups; groups without values are ignored. */
    public static Result test(List<double[]> groups) {
        record Ranked(double value, int group) {
        }
        List<Ranked> all = new ArrayList<>();
        int used = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).length == 0) {
                continue;
            }
            used++;
            for (double v : groups.get(g)) {
                all.add(new Ranked(v, g));
            }
        }
        int n = all.size();
        if (used < 2 || n <= used) {
            return new Result(0, Math.max(used - 1, 0), 1);
        }
        all.sort(Comparator.comparingDouble(Ranked::value));
        double[] rankSums = new double[groups.size()];
        double ties = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && all.get(j + 1).value() == all.get(i).value()) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                rankSums[all.get(k).group()] += rank;
            }
            double t = j - i + 1;
            ties += t * t * t - t;
            i = j + 1;
        }
        double h = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g).length > 0) {
                h += rankSums[g] * rankSums[g] / groups.get(g).length;
            }
        }
        h = 12.0 / (n * (n + 1.0)) * h - 3 * (n + 1.0);
        double correction = 1 - ties / ((double) n * n * n - n);
        if (correction <= 0) {
            return new Result(0, used - 1, 1);
        }
        h /= correction;
        double p = 1 - new ChiSquaredDistribution(used - 1).cumulativeProbability(h);
        return new Result(h, used - 1, Math.max(0, p));
    }
}
