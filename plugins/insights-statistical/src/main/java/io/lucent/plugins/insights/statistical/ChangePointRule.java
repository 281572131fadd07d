package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * {@code level-shift-up} (GROWTH) and {@code level-shift-down} (RISK): monthly series whose level shifts in that
 * direction at one change point (Pettitt's test over the complete months, at least {@code minMonths}, p at most
 * {@code significance}, each side at least {@value #MIN_SEGMENT} months), with medians before and after
 * differing by at least {@code minChangePct} percent. Ordered by p-value. Confidence: strong from twice the minimum shift; ample data when both
 * sides have at least {@value #AMPLE_SEGMENT} months.
 */
final class ChangePointRule implements StatisticalRule {

    private final boolean up;

    ChangePointRule(boolean up) {
        this.up = up;
    }

    String id() {
        return up ? "level-shift-up" : "level-shift-down";
    }
    static final int MIN_SEGMENT = 3;
    static final int AMPLE_SEGMENT = 6;

    private record Found(Series series, Pettitt.Result test, double before, double after, double shiftPct) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(id(), up ? InsightCategory.GROWTH : InsightCategory.RISK, "Monthly series whose level shifts "
                + (up ? "up" : "down") + " at a change point (Pettitt test, p ≤ 0.05, shift ≥ 10% by default).");
    }

    @Override
    public List<Insight> evaluate(List<Series> daily, List<Series> monthly, StatisticalThresholds thresholds) {
        List<Found> found = new ArrayList<>();
        for (Series series : monthly) {
            Series complete = series.complete();
            int n = complete.size();
            if (n < thresholds.minMonths()) {
                continue;
            }
            Pettitt.Result test = Pettitt.test(complete.values());
            int split = test.index() + 1;
            if (test.pValue() > thresholds.significance() || split < MIN_SEGMENT || n - split < MIN_SEGMENT) {
                continue;
            }
            double before = MannKendall.median(Arrays.copyOfRange(complete.values(), 0, split));
            double after = MannKendall.median(Arrays.copyOfRange(complete.values(), split, n));
            if (before == 0) {
                continue;
            }
            double shift = (after - before) / Math.abs(before) * 100;
            if (Math.abs(shift) >= thresholds.minChangePct() && shift > 0 == up) {
                found.add(new Found(complete, test, before, after, shift));
            }
        }
        return found.stream().sorted(Comparator.comparingDouble((Found f) -> f.test().pValue()).thenComparing(f -> f.series().name()))
                .limit(thresholds.maxInsightsPerRule()).map(f -> insight(f, thresholds)).toList();
    }

    private Insight insight(Found found, StatisticalThresholds thresholds) {
        Series series = found.series();
        int split = found.test().index() + 1;
        LocalDate since = series.periods().get(split);
        List<Metric> metrics = List.of(
                new Metric("shift_pct", "Shift of the median level", found.shiftPct(), "%"),
                new Metric("median_before", "Median before", found.before(), ""),
                new Metric("median_after", "Median since", found.after(), ""),
                new Metric("p_value", "Pettitt p-value", found.test().pValue(), ""),
                new Metric("significance_level", "Significance level", thresholds.significance(), ""),
                new Metric("change_year", "Year of the change", since.getYear(), ""),
                new Metric("months_before", "Months before", split, "months"),
                new Metric("months_after", "Months since", series.size() - split, "months"));
        String title = series.label(false) + ": level shifted " + (up ? "up " : "down ") + Texts.percent(Math.abs(found.shiftPct())) + "% from "
                + Texts.month(since) + " " + since.getYear();
        String description = "The " + series.label(false) + " had a median of " + Texts.value(found.before()) + " over the "
                + Texts.whole(split) + " months before " + Texts.month(since) + " " + since.getYear() + " and " + Texts.value(found.after())
                + " over the " + Texts.whole(series.size() - split) + " months since, a change point (Pettitt test, p ≤ "
                + Texts.twoDecimals(thresholds.significance()) + ").";
        boolean ample = split >= AMPLE_SEGMENT && series.size() - split >= AMPLE_SEGMENT;
        return new Insight(id(), up ? InsightCategory.GROWTH : InsightCategory.RISK, title, description,
                Confidences.of(Math.abs(found.shiftPct()) >= 2 * thresholds.minChangePct(), ample), series.name(), metrics,
                "Find out what changed around " + Texts.month(since) + " " + since.getYear() + " (prices, range, channels, data collection) "
                        + (up ? "and build on it." : "and whether it can be reversed."));
    }
}
