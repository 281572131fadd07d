package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code rising-trend} (GROWTH) and {@code falling-trend} (RISK): monthly series with a significant monotonic
 * trend in that direction (Mann–Kendall over the complete months, at least {@code minMonths}, p at most
 * {@code significance}) whose Sen line changes by at least {@code minChangePct} percent of its start. Ordered
 * by p-value, then by the size of the change. Confidence: strong when p is at most a fifth of the significance
 * level; ample data from 24 months.
 */
final class TrendRule implements StatisticalRule {

    static final int AMPLE_MONTHS = 24;

    private final boolean up;

    TrendRule(boolean up) {
        this.up = up;
    }

    String id() {
        return up ? "rising-trend" : "falling-trend";
    }

    private record Found(Series series, MannKendall.Result test) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(id(), up ? InsightCategory.GROWTH : InsightCategory.RISK, "Monthly series with a significant "
                + (up ? "rising" : "falling") + " trend (Mann-Kendall, p ≤ 0.05, change ≥ 10% by default).");
    }

    @Override
    public List<Insight> evaluate(List<Series> daily, List<Series> monthly, StatisticalThresholds thresholds) {
        List<Found> found = new ArrayList<>();
        for (Series series : monthly) {
            Series complete = series.complete();
            if (complete.size() < thresholds.minMonths()) {
                continue;
            }
            MannKendall.Result test = MannKendall.test(complete.values());
            if (test.pValue() <= thresholds.significance() && Double.isFinite(test.changePct())
                    && Math.abs(test.changePct()) >= thresholds.minChangePct() && test.changePct() > 0 == up) {
                found.add(new Found(complete, test));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingDouble((Found f) -> f.test().pValue())
                        .thenComparing(f -> -Math.abs(f.test().changePct())).thenComparing(f -> f.series().name()))
                .limit(thresholds.maxInsightsPerRule())
                .map(f -> insight(f, thresholds))
                .toList();
    }

    private Insight insight(Found found, StatisticalThresholds thresholds) {
        Series series = found.series();
        MannKendall.Result test = found.test();
        List<Metric> metrics = List.of(
                new Metric("change_pct", "Change of the trend line over the period", test.changePct(), "%"),
                new Metric("months", "Complete months tested", test.n(), "months"),
                new Metric("p_value", "Mann-Kendall p-value", test.pValue(), ""),
                new Metric("significance_level", "Significance level", thresholds.significance(), ""),
                new Metric("slope_per_month", "Sen's slope per month", test.slope(), ""),
                new Metric("trend_start", "Trend line at the start", test.start(), ""));
        String title = series.label(false) + ": " + (up ? "up " : "down ") + Texts.percent(Math.abs(test.changePct())) + "% over "
                + Texts.whole(test.n()) + " months";
        String description = "Over " + Texts.whole(test.n()) + " complete months the " + series.label(false) + " shows a significant "
                + (up ? "rising" : "falling") + " trend (Mann-Kendall test, p ≤ " + Texts.twoDecimals(thresholds.significance())
                + "): the trend line moved from " + Texts.value(test.start()) + " by " + Texts.value(Math.abs(test.slope())) + " a month, "
                + Texts.percent(Math.abs(test.changePct())) + "% in all.";
        return new Insight(id(), up ? InsightCategory.GROWTH : InsightCategory.RISK, title, description,
                Confidences.of(test.pValue() <= thresholds.significance() / 5, test.n() >= AMPLE_MONTHS), series.name(), metrics,
                up ? "Plan capacity and stock for continued growth of " + series.name() + "."
                        : "Investigate what drives the decline of " + series.name() + " before it compounds.");
    }
}
