package io.lucent.plugins.insights.statistical;

/**
 * Pettitt's non-parametric test for a single change point in the level of a series: U_t sums the signs of
 * x_i − x_j over every i up to t and j after it (computed by the recurrence U_t = U_{t−1} + Σ_j sgn(x_t − x_j)); the change point is where |U_t| peaks, K = max |U_t|, and
 * the approximate p-value is 2 exp(−6K² / (n³ + n²)) (Pettitt 1979), capped at 1.
 */
final class Pettitt {

    private Pettitt() {
    }

    /**
     * @param index  the last index of the first segment (the change happens after it)
     * @param k      the statistic
     * @param pValue the approximate p-value
     */
    record Result(int index, double k, double pValue) {
    }

    static Result test(double[] values) {
        int n = values.length;
        double best = -1;
        int index = 0;
        double u = 0;
        for (int t = 0; t < n - 1; t++) {
            for (int j = 0; j < n; j++) {
                u += Math.signum(values[t] - values[j]);
            }
            if (Math.abs(u) > best) {
                best = Math.abs(u);
                index = t;
            }
        }
        double p = Math.min(1, 2 * Math.exp(-6 * best * best / ((double) n * n * n + (double) n * n)));
        return new Result(index, best, p);
    }
}
