package io.lucent.plugins.insights.statistical;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Writes numbers into insight texts the same way every time, so that each stated number can be traced to a
 * supporting metric: whole numbers with thousands separators, values with up to two decimals, percentages
 * with one.
 */
final class Texts {

    private Texts() {
    }

    static String whole(double value) {
        return format(value, "#,##0");
    }

    static String value(double value) {
        return format(value, "#,##0.##");
    }

    static String percent(double value) {
        return format(value, "#,##0.#");
    }

    static String twoDecimals(double value) {
        return format(value, "0.00");
    }

    static String month(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String format(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
