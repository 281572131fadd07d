package io.lucent.platform.preprocessing;

import io.lucent.platform.errors.LucentException;
import java.util.Locale;

/**
 * One preprocessing step of a recipe, as JSON: {@code {"type": ..., ...}}. Types and their fields:
 * <ul>
 *   <li>{@code missing}: {@code method} linear, spline, previous, next, mean or seasonal (gaps on the regular
 *   calendar are filled)</li>
 *   <li>{@code outliers}: {@code detect} iqr (with {@code k}, default 1.5) or zscore (with {@code threshold},
 *   default 3); {@code action} remove (becomes missing), cap (winsorise at the fences), interpolate (linear from
 *   the neighbours) or flag (values unchanged, positions reported)</li>
 *   <li>{@code replace}: values satisfying {@code operator} (lt, le, gt, ge, eq, ne, missing) against
 *   {@code value} become {@code replacement} (null = missing)</li>
 *   <li>{@code aggregate}: to the coarser {@code frequency} (weekly, monthly, quarterly, yearly) with {@code how}
 *   sum, mean or last</li>
 * </ul>
 *
 * @param type        missing, outliers, replace or aggregate
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
 */
public record Step(String type, String method, String detect, Double k, Double threshold, String action, String operator, Double value,
                   Double replacement, String frequency, String how) {

    String typeName() {
        if (type == null) {
            throw LucentException.invalid("Every step needs a 'type': missing, outliers, replace or aggregate");
        }
        return type.toLowerCase(Locale.ROOT);
    }

    static String lower(String text, String fallback) {
        return text == null ? fallback : text.toLowerCase(Locale.ROOT);
    }
}
