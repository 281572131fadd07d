package io.lucent.platform.analytics;

import io.lucent.platform.analytics.stats.SeasonalDecomposition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The seasonality of one monthly revenue series: the calendar-month profile, the peak months, and, from two
 * full years of complete months, the seasonal strength and the Kruskal–Wallis test of "calendar months
 * differ" after removing the trend. A series is flagged seasonal when that test's p-value is below 0.05.
 *
 * @param key              the category or product id ("total" for the whole)
 * @param name             the product's name (the category for categories)
 * @param revenue          revenue in the window
 * @param profile          revenue per calendar month (January first), summed over the window's years
 * @param peakMonths       the three calendar months (1–12) with the most revenue, highest first
 * @param peakIndex        the best calendar month's revenue over the average calendar month's
 * @param monthsTested     complete months behind the test (0 when too few)
 * @param seasonalStrength strength in [0, 1], null with fewer than 24 complete months
 * @param pValue           the test's p-value, null with fewer than 24 complete months
 * @param seasonal         whether the test says seasonal; null when it could not be made
 */
public record SeasonalProfile(String key, String name, double revenue, List<MonthShare> profile, List<Integer> peakMonths, Double peakIndex,
                              int monthsTested, Double seasonalStrength, Double pValue, Boolean seasonal) {

    static final double SIGNIFICANCE = 0.05;

    /**
     * One calendar month of a profile.
     *
     * @param month    1–12
     * @param revenue  revenue in that calendar month over all years of the window
     * @param sharePct its share of the series' revenue, %
     */
    public record MonthShare(int month, double revenue, double sharePct) {
    }

    static SeasonalProfile of(String key, String name, MonthGrid grid, double[] values) {
        double[] byCalendarMonth = new double[12];
        for (int i = 0; i < values.length; i++) {
            byCalendarMonth[grid.month(i).getMonthValue() - 1] += values[i];
        }
        double total = java.util.Arrays.stream(byCalendarMonth).sum();
        List<MonthShare> profile = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            profile.add(new MonthShare(m + 1, byCalendarMonth[m], total == 0 ? 0 : byCalendarMonth[m] / total * 100));
        }
        List<Integer> peaks = IntStream.range(0, 12).boxed()
                .sorted(Comparator.comparingDouble((Integer m) -> -byCalendarMonth[m]).thenComparing(m -> m))
                .limit(3).map(m -> m + 1).toList();
        Double peakIndex = total == 0 ? null : byCalendarMonth[peaks.get(0) - 1] / (total / 12);
        double[] complete = grid.complete(values);
        if (complete.length < 2 * SeasonalDecomposition.PERIOD) {
            return new SeasonalProfile(key, name, total, profile, peaks, peakIndex, 0, null, null, null);
        }
        SeasonalDecomposition.Result decomposition = SeasonalDecomposition.of(complete);
        return new SeasonalProfile(key, name, total, profile, peaks, peakIndex, complete.length, decomposition.strength(),
                decomposition.pValue(), decomposition.pValue() < SIGNIFICANCE);
    }
}
