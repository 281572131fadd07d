package io.lucent.platform.preprocessing;

import io.lucent.platform.forecasting.diagnostics.Decomposition;
import io.lucent.platform.forecasting.series.EntitySeries;
import java.util.Arrays;

/**
 * Summary statistics of one entity's series on its regular calendar.
 *
 * @param entityId            the entity
 * @param entityName          its name
 * @param periods             periods from the first to the last observation
 * @param observations        periods with a value
 * @param missing             periods without one
 * @param mean                mean of the values
 * @param std                 sample standard deviation
 * @param min                 smallest value
 * @param max                 largest value
 * @param outliers            values outside the Tukey fences (Q1 - 1.5 IQR, Q3 + 1.5 IQR)
 * @param firstPeriod         the first period
 * @param lastPeriod          the last period
 * @param seasonalPeriod      the series' seasonal cycle ({@link EntitySeries#seasonalPeriod()}; 1 = none)
 * @param seasonalityStrength 0 to 1, null without two full cycles
 * @param seasonal            true when the strength is at least 0.64 (the FPP3 rule of thumb for a clear season)
 */
public record EntityStatistics(String entityId, String entityName, int periods, int observations, int missing, Double mean, Double std,
                               Double min, Double max, int outliers, String firstPeriod, String lastPeriod, int seasonalPeriod,
                               Double seasonalityStrength, boolean seasonal) {

    static final double SEASONAL_THRESHOLD = 0.64;

    public static EntityStatistics of(EntitySeries series) {
        double[] values = Arrays.stream(series.values()).filter(v -> !Double.isNaN(v)).toArray();
        int n = values.length;
        Double mean = n == 0 ? null : Arrays.stream(values).average().orElseThrow();
        Double std = n < 2 ? null : Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (n - 1));
        int outliers = 0;
        if (n >= 4) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            double q1 = quantile(sorted, 0.25);
            double q3 = quantile(sorted, 0.75);
            double fence = 1.5 * (q3 - q1);
            outliers = (int) Arrays.stream(values).filter(v -> v < q1 - fence || v > q3 + fence).count();
        }
        int period = series.seasonalPeriod();
        Double strength = null;
        if (period > 1 && series.length() >= 2 * period && n >= 2 * period) {
            strength = Decomposition.of(series.values(), period).seasonalityStrength();
        }
        return new EntityStatistics(series.id(), series.name(), series.length(), n, series.length() - n, mean, std,
                n == 0 ? null : Arrays.stream(values).min().orElseThrow(), n == 0 ? null : Arrays.stream(values).max().orElseThrow(), outliers,
                series.periods().get(0).toString(), series.periods().get(series.length() - 1).toString(), period, strength,
                strength != null && strength >= SEASONAL_THRESHOLD);
    }

    /** Linear interpolation between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
