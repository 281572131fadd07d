package io.lucent.plugins.insights.retail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes numbers into insight texts the same way every time, so each stated number can be traced to a
 * supporting metric: whole amounts (units, days, counts) with thousands separators and no decimals, money
 * with two decimals, percentages and p-values with up to one and three decimals.
 */
final class NumberText {

    private NumberText() {
    }

    static String whole(double value) {
        return format(value, "#,##0");
    }

    static String money(double value) {
        return format(value, "#,##0.00");
    }

    static String percent(double value) {
        return format(value, "#,##0.#");
    }

    static String pValue(double value) {
        return format(value, "0.###");
    }

    private static String format(double value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(BigDecimal.valueOf(value));
        return text.equals("-0") ? "0" : text;
    }
}
