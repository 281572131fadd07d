package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code anomaly}: days whose value departs from the series' weekly pattern and trend. Each daily total (sums
 * and counts, which are regular: a day without rows is 0) of at least {@value #MIN_DAYS} days is decomposed by
 * STL with a weekly period; the remainder's robust z-score (median and MAD) flags days at or beyond
 * {@code anomalyZ}. Only days within the last {@code anomalyWindowDays} of the series are reported, the most
 * extreme first. Confidence: strong from twice the z threshold; ample data from {@value #AMPLE_DAYS} days.
 */
final class AnomalyRule implements StatisticalRule {

    static final String ID = "anomaly";
    static final int PERIOD = 7;
    static final int MIN_DAYS = 4 * PERIOD;
    static final int AMPLE_DAYS = 90;

    private record Found(Series series, int index, double z, double expected) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.OTHER,
                "Recent days whose daily total departs from its weekly pattern and trend (robust z-score ≥ 3.5 on STL residuals by default).");
    }

    @Override
    public List<Insight> evaluate(List<Series> daily, List<Series> monthly, StatisticalThresholds thresholds) {
        List<Found> found = new ArrayList<>();
        for (Series series : daily) {
            if (!series.additive() || series.size() < MIN_DAYS || !regular(series)) {
                continue;
            }
            Stl.Result stl = Stl.decompose(series.values(), PERIOD);
            double[] z = RobustZ.scores(stl.remainder());
            LocalDate last = series.periods().get(series.size() - 1);
            LocalDate windowStart = last.minusDays(thresholds.anomalyWindowDays() - 1);
            for (int i = 0; i < series.size(); i++) {
                if (Double.isFinite(z[i]) && Math.abs(z[i]) >= thresholds.anomalyZ() && !series.periods().get(i).isBefore(windowStart)) {
                    found.add(new Found(series, i, z[i], stl.trend()[i] + stl.seasonal()[i]));
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble((Found f) -> -Math.abs(f.z())).thenComparing(f -> f.series().name())
                        .thenComparing(Found::index))
                .limit(thresholds.maxInsightsPerRule())
                .map(f -> insight(f, thresholds))
                .toList();
    }

    /** Whether the series has one value per consecutive day. */
    private static boolean regular(Series series) {
        List<LocalDate> days = series.periods();
        return days.get(0).plusDays(days.size() - 1L).equals(days.get(days.size() - 1));
    }

    private static Insight insight(Found found, StatisticalThresholds thresholds) {
        Series series = found.series();
        LocalDate day = series.periods().get(found.index());
        double value = series.values()[found.index()];
        boolean high = found.z() > 0;
        List<Metric> metrics = List.of(
                new Metric("value", "Value on the day", value, ""),
                new Metric("expected", "Expected from trend and weekly pattern", found.expected(), ""),
                new Metric("robust_z", "Robust z-score of the remainder", found.z(), ""),
                new Metric("z_threshold", "Anomaly threshold", thresholds.anomalyZ(), ""),
                new Metric("day_of_month", "Day of the month", day.getDayOfMonth(), ""),
                new Metric("year", "Year", day.getYear(), ""),
                new Metric("days_in_series", "Days analysed", series.size(), "days"));
        String date = Texts.whole(day.getDayOfMonth()) + " " + Texts.month(day) + " " + day.getYear();
        String title = series.label(true) + ": unusually " + (high ? "high" : "low") + " on " + date;
        String description = "On " + date + " the " + series.label(true) + " was " + Texts.value(value) + " where its trend and weekly pattern "
                + "predicted " + Texts.value(found.expected()) + ": a robust z-score of " + Texts.value(found.z()) + " on the STL remainder, beyond the "
                + Texts.value(thresholds.anomalyZ()) + " threshold.";
        return new Insight(ID, InsightCategory.OTHER, title, description,
                Confidences.of(Math.abs(found.z()) >= 2 * thresholds.anomalyZ(), series.size() >= AMPLE_DAYS), series.name(), metrics,
                "Check what happened on " + date + " (a promotion, a bulk order, an outage or a data error) before relying on that day's figures.");
    }
}
