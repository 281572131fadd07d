package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightCategory;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code seasonal-peak-approaching} (GROWTH): seasonal categories and products whose peak month starts within
 * {@code peakLeadWeeks} weeks of the as-of date (or is under way).
 *
 * <p>Needs {@code peak_month}, {@code seasonal_p_value} and {@code peak_index} in {@code category_metrics}
 * and/or {@code product_metrics}. Seasonal means a seasonality-test p-value at most
 * {@code seasonalSignificance}; the peak month must sell at least {@code minPeakIndex} times an average
 * month. Categories come first, then products; each ordered by the weeks to the peak, then by the peak's
 * strength. Confidence: strong when the peak month sells at least 1.5 times an average month; ample evidence
 * when the p-value is at most a fifth of the significance level.
 */
final class SeasonalPeakRule implements PackRule {

    static final String ID = "seasonal-peak-approaching";
    static final double STRONG_PEAK_INDEX = 1.5;

    /** A seasonal subject, category or product. */
    private record Seasonal(String subject, long peakMonth, double pValue, double peakIndex, long weeks) {
    }

    @Override
    public RuleDescriptor descriptor() {
        return new RuleDescriptor(ID, InsightCategory.GROWTH,
                "Seasonal categories and products whose peak month starts within 8 weeks by default: stock up ahead of it.");
    }

    @Override
    public List<Insight> evaluate(RetailTables tables, RetailThresholds thresholds) {
        List<Seasonal> found = new ArrayList<>();
        tables.categories().filter(c -> c.has("peak_month", "seasonal_p_value", "peak_index")).ifPresent(categories -> categories.rows()
                .forEach(r -> candidate(r.category(), r.peakMonth(), r.seasonalPValue(), r.peakIndex(), categories.asOf(), thresholds, found)));
        int categoryCount = found.size();
        tables.products().filter(p -> p.has("peak_month", "seasonal_p_value", "peak_index")).ifPresent(products -> products.rows()
                .forEach(r -> candidate(r.name(), r.peakMonth(), r.seasonalPValue(), r.peakIndex(), products.asOf(), thresholds, found)));
        Comparator<Seasonal> order = Comparator.comparingLong(Seasonal::weeks).thenComparing(Seasonal::peakIndex, Comparator.reverseOrder())
                .thenComparing(Seasonal::subject);
        List<Seasonal> sorted = new ArrayList<>(found.subList(0, categoryCount).stream().sorted(order).toList());
        sorted.addAll(found.subList(categoryCount, found.size()).stream().sorted(order).toList());
        return sorted.stream().limit(thresholds.maxInsightsPerRule()).map(s -> insight(s, thresholds)).toList();
    }

    private static void candidate(String subject, Long peakMonth, Double pValue, Double peakIndex, LocalDate asOf, RetailThresholds thresholds,
                                  List<Seasonal> found) {
        if (peakMonth == null || pValue == null || peakIndex == null || peakMonth < 1 || peakMonth > 12) {
            return;
        }
        if (pValue > thresholds.seasonalSignificance() || peakIndex < thresholds.minPeakIndex()) {
            return;
        }
        long weeks = weeksUntil(asOf, peakMonth.intValue());
        if (weeks <= thresholds.peakLeadWeeks()) {
            found.add(new Seasonal(subject, peakMonth, pValue, peakIndex, weeks));
        }
    }

    /** Whole weeks from {@code asOf} to the first day of the next {@code month} (0 while it is under way). */
    static long weeksUntil(LocalDate asOf, int month) {
        if (asOf.getMonthValue() == month) {
            return 0;
        }
        LocalDate start = LocalDate.of(asOf.getYear(), month, 1);
        if (!start.isAfter(asOf)) {
            start = start.plusYears(1);
        }
        return ChronoUnit.DAYS.between(asOf, start) / 7;
    }

    private static Insight insight(Seasonal s, RetailThresholds thresholds) {
        String month = Month.of((int) s.peakMonth()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<Metric> metrics = List.of(
                new Metric("weeks_until_peak", "Weeks until the peak month", s.weeks(), "weeks"),
                new Metric("peak_month", "Peak month", s.peakMonth(), "month"),
                new Metric("peak_index", "Peak month's sales over an average month's", s.peakIndex(), "×"),
                new Metric("seasonal_p_value", "p-value of the seasonality test", s.pValue(), ""),
                new Metric("peak_lead_weeks", "Lead time considered", thresholds.peakLeadWeeks(), "weeks"));
        String when = s.weeks() == 0 ? "is under way" : "starts in " + NumberText.whole(s.weeks()) + " weeks";
        String title = s.subject() + ": " + month + " peak " + when;
        String description = s.subject() + " is seasonal (seasonality test p = " + NumberText.pValue(s.pValue()) + ") and sells "
                + NumberText.percent(s.peakIndex()) + " times an average month in " + month + ", which " + when + ".";
        return new Insight(ID, InsightCategory.GROWTH, title, description,
                Confidences.of(s.peakIndex() >= STRONG_PEAK_INDEX, s.pValue() <= thresholds.seasonalSignificance() / 5), s.subject(), metrics,
                "Stock up on " + s.subject() + " and plan promotions before " + month + ".");
    }
}
