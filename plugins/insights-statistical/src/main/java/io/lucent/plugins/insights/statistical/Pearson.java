package io.lucent.plugins.insights.statistical;

import org.apache.commons.math3.distribution.TDistribution;

/** Pearson's correlation with the two-sided p-value of the t-test of "no correlation" (n − 2 degrees of freedom). */
final class Pearson {

    private Pearson() {
    }

    /**
     * @param r      the correlation
     * @param n      pairs
     * @param pValue two-sided p-value (1 when undefined)
     */
    record Result(double r, int n, double pValue) {
    }

    static Result of(double[] x, double[] y) {
        int n = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i] / n;
            my += y[i] / n;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (n < 3 || sxx == 0 || syy == 0) {
            return new Result(0, n, 1);
        }
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        if (Math.abs(r) == 1) {
            return new Result(r, n, 0);
        }
        double t = r * Math.sqrt((n - 2) / (1 - r * r));
        double p = 2 * (1 - new TDistribution(null, n - 2).cumulativeProbability(Math.abs(t)));
        return new Result(r, n, Math.max(0, p));
    }
}
