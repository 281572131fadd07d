package io.lucent.platform.preprocessing;

import io.lucent.platform.errors.LucentException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/**
 * One preprocessing step of a recipe, as JSON: {@code {"type": ..., ...}}. Types and their fields:
 * <ul>
 *   <li>{@code duplicates}: what several rows of one entity on one date (one period of the view) become: {@code keep}
 *   first, last, sum, mean or drop (the date becomes missing). It works on the dataset's rows, so it must be the
 *   first step of a list; without it rows are summed (or combined by the view's {@code columns.duplicates})</li>
 *   <li>{@code missing}: {@code method} linear, spline, previous, next, mean or seasonal (gaps on the regular
 *   calendar are filled)</li>
 *   <li>{@code outliers}: {@code detect} iqr (with {@code k}, default 1.5) or zscore (with {@code threshold},
 *   default 3); {@code action} remove (becomes missing), cap (winsorise at the fences), interpolate (linear from
 *   the neighbours) or flag (values unchanged, positions reported)</li>
 *   <li>{@code replace}: values satisfying {@code operator} (lt, le, gt, ge, eq, ne, missing) against
 *   {@code value} become {@code replacement} (null = missing)</li>
 *   <li>{@code aggregate}: to the coarser {@code frequency} (weekly, monthly, quarterly, yearly), or to custom
 *   periods of {@code every} N {@code unit}s, with {@code how} sum, mean or last. Days or weeks are counted from
 *   {@code anchor} (a date; default the series' first period). Months (N from 1 to 120) start on the first day of
 *   the anchor's month and every N months before and after it (default: January of the series' first year); each
 *   period is labelled by its first day, and a week goes to the period its first day falls in (see
 *   {@link MonthPeriods})</li>
 * </ul>
 *
 * @param type        duplicates, missing, outliers, replace or aggregate
 * @param method      for missing
 * @param detect      for outliers
 * @param k           IQR multiplier
 * @param threshold   z-score threshold
 * @param action      for outliers
 * @param operator    for replace
 * @param value       for replace
 * @param replacement for replace
 * @param frequency   for aggregate
 * @param how         for aggregate
 * @param every       for custom aggregation: how many units make one period
 * @param unit        for custom aggregation: days, weeks or months
 * @param anchor      for custom aggregation: an ISO date on which a period starts (months: in whose month one starts)
 * @param keep        for duplicates
 */
public record Step(String type, String method, String detect, Double k, Double threshold, String action, String operator, Double value,
                   Double replacement, String frequency, String how,
                   @Schema(description = "aggregate: how many units make one custom period (days and weeks up to 10 years, months 1 to 120)")
                   Integer every,
                   @Schema(description = "aggregate: the unit of custom periods", allowableValues = {"days", "weeks", "months"}) String unit,
                   @Schema(description = "aggregate: an ISO date. Days and weeks: a period starts on it (default: the first period). Months: "
                           + "periods start on the first day of its month, every N months (default: January of the first year)",
                           example = "2024-04-01") String anchor,
                   String keep) {

    /** A step without custom aggregation periods or a duplicate rule. */
    public Step(String type, String method, String detect, Double k, Double threshold, String action, String operator, Double value,
                Double replacement, String frequency, String how) {
        this(type, method, detect, k, threshold, action, operator, value, replacement, frequency, how, null, null, null, null);
    }

    /** A duplicates step keeping {@code keep} (first, last, sum, mean or drop). */
    public static Step duplicates(String keep) {
        return new Step("duplicates", null, null, null, null, null, null, null, null, null, null, null, null, null, keep);
    }

    /** A custom aggregation step: periods of {@code every} {@code unit}s (days, weeks or months) from {@code anchor} (null: the default). */
    public static Step aggregateEvery(int every, String unit, String anchor, String how) {
        return new Step("aggregate", null, null, null, null, null, null, null, null, null, how, every, unit, anchor, null);
    }

    String typeName() {
        if (type == null) {
            throw LucentException.invalid("Every step needs a 'type': duplicates, missing, outliers, replace or aggregate");
        }
        return type.toLowerCase(Locale.ROOT);
    }

    static String lower(String text, String fallback) {
        return text == null ? fallback : text.toLowerCase(Locale.ROOT);
    }
}
