package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code strong-correlation}: pairs of daily series that move together or against each other: Pearson's r over
 * the days both have a value (at least {@code minCorrelationDays}), |r| at least {@code minCorrelation} and the
 * t-test's p at most {@code correlationSignificance}. Ordered by |r|. Confidence: strong from |r| ≥
 * {@value #STRONG_R}; ample data from {@value #AMPLE_DAYS} days. A count of rows is not paired with a daily total: a
 * total follows the number of rows that make it up, so their correlation tells the user nothing.
 */
final class CorrelationRule implements StatisticalRule {

    static final String ID = "strong-correlation";
    static final double STRONG_R = 0.9;
    static final int AMPLE_DAYS = 90;

    private record Found(Series a, Series b, Pearson.Result result) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.OTHER,
                "Pairs of daily series that are strongly correlated (|r| ≥ 0.7 with p ≤ 0.01 by default).");
    }

    @Override
    public List<Insight> evaluate(List<Series> daily, List<Series> monthly, StatisticalThresholds thresholds) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            for (int j = i + 1; j < daily.size(); j++) {
                if (!worthPairing(daily.get(i), daily.get(j))) {
                    continue;
                }
                Pearson.Result result = correlate(daily.get(i), daily.get(j));
                if (result.n() >= thresholds.minCorrelationDays() && Math.abs(result.r()) >= thresholds.minCorrelation()
                        && result.pValue() <= thresholds.correlationSignificance()) {
                    found.add(new Found(daily.get(i), daily.get(j), result));
                }
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble((Found f) -> -Math.abs(f.result().r())).thenComparing(f -> f.a().name())
                        .thenComparing(f -> f.b().name()))
                .limit(thresholds.maxInsightsPerRule())
                .map(f -> insight(f, thresholds))
                .toList();
    }

    /** Whether a correlation of the two could tell the user something: not a count of rows with a total of those rows. */
    static boolean worthPairing(Series a, Series b) {
        return !(countAndTotal(a, b) || countAndTotal(b, a));
    }

    private static boolean countAndTotal(Series count, Series total) {
        return count.aggregate().equals("count") && total.aggregate().equals("sum");
    }

    private static Pearson.Result correlate(Series a, Series b) {
        Map<LocalDate, Double> byDay = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            byDay.put(a.periods().get(i), a.values()[i]);
        }
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            Double x = byDay.get(b.periods().get(i));
            if (x != null) {
                pairs.add(new double[] {x, b.values()[i]});
            }
        }
        double[] x = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = pairs.stream().mapToDouble(p -> p[1]).toArray();
        return Pearson.of(x, y);
    }

    private static Insight insight(Found found, StatisticalThresholds thresholds) {
        Pearson.Result result = found.result();
        String subject = found.a().name() + " and " + found.b().name();
        boolean positive = result.r() > 0;
        List<Metric> metrics = List.of(
                new Metric("r", "Pearson correlation", result.r(), ""),
                new Metric("p_value", "p-value of the t-test", result.pValue(), ""),
                new Metric("significance_level", "Significance level", thresholds.correlationSignificance(), ""),
                new Metric("days", "Days with both values", result.n(), "days"));
        String title = subject + (positive ? " move together" : " move in opposite directions") + " (r = " + Texts.twoDecimals(result.r()) + ")";
        String description = "Over " + Texts.whole(result.n()) + " days, the " + found.a().label(true) + " and the " + found.b().label(true)
                + " are strongly " + (positive ? "" : "negatively ") + "correlated (Pearson r = " + Texts.twoDecimals(result.r()) + ", p ≤ "
                + Texts.twoDecimals(thresholds.correlationSignificance()) + "). Correlation is not causation, but one can serve as an early "
                + "indicator of the other.";
        return new Insight(ID, InsightCategory.OTHER, title, description,
                Confidences.of(Math.abs(result.r()) >= STRONG_R, result.n() >= AMPLE_DAYS), subject, metrics,
                "Use " + found.a().name() + " to anticipate " + found.b().name() + " in planning, and check whether one drives the other.");
    }
}
