package io.lucent.platform.analytics.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Classical additive decomposition of a monthly series (period 12): the trend is the centred 2×12 moving
 * average, the seasonal index of a calendar month the mean of its detrended values (centred to sum to zero),
 * and the remainder what is left. Seasonal strength is {@code max(0, 1 − Var(remainder) / Var(seasonal +
 * remainder))} (Wang, Smith and Hyndman 2006): 0 for none, near 1 for a series ruled by its season.
 * Seasonality is tested with Kruskal–Wallis on the detrended values grouped by calendar month.
 */
public final class SeasonalDecomposition {

    public static final int PERIOD = 12;

    private SeasonalDecomposition() {
    }

    /**
     * The result.
     *
     * @param strength seasonal strength in [0, 1]
     * @param pValue   the Kruskal–Wallis p-value of "the calendar months differ"
     * @param indices  the seasonal index per calendar position (index 0 = the series' first month's position)
     */
    public record Result(double strength, double pValue, double[] indices) {
    }

    /** Decomposes; needs at least two full periods. */
    public static Result of(double[] values) {
        int n = values.length;
        if (n < 2 * PERIOD) {
            throw new IllegalArgumentException("needs at least " + 2 * PERIOD + " months, got " + n);
        }
        double[] detrended = new double[n];
        boolean[] known = new boolean[n];
        for (int t = PERIOD / 2; t < n - PERIOD / 2; t++) {
            double sum = values[t - PERIOD / 2] / 2 + values[t + PERIOD / 2] / 2;
            for (int k = t - PERIOD / 2 + 1; k < t + PERIOD / 2; k++) {
                sum += values[k];
            }
            detrended[t] = values[t] - sum / PERIOD;
            known[t] = true;
        }
        double[] indices = new double[PERIOD];
        List<List<Double>> byPosition = new ArrayList<>();
        for (int p = 0; p < PERIOD; p++) {
            byPosition.add(new ArrayList<>());
        }
        for (int t = 0; t < n; t++) {
            if (known[t]) {
                byPosition.get(t % PERIOD).add(detrended[t]);
            }
        }
        double mean = 0;
        for (int p = 0; p < PERIOD; p++) {
            indices[p] = byPosition.get(p).stream().mapToDouble(Double::doubleValue).average().orElse(0);
            mean += indices[p] / PERIOD;
        }
        for (int p = 0; p < PERIOD; p++) {
            indices[p] -= mean;
        }
        List<Double> remainder = new ArrayList<>();
        List<Double> seasonalPlusRemainder = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            if (known[t]) {
                remainder.add(detrended[t] - indices[t % PERIOD]);
                seasonalPlusRemainder.add(detrended[t]);
            }
        }
        double varianceSr = variance(seasonalPlusRemainder);
        double strength = varianceSr == 0 ? 0 : Math.max(0, 1 - variance(remainder) / varianceSr);
        List<double[]> groups = byPosition.stream().map(g -> g.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        return new Result(strength, KruskalWallis.test(groups).pValue(), indices);
    }

    private static double variance(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.size() - 1);
    }
}
