package io.lucent.plugins.connector.csv;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers and booleans from trimmed text, strictly: each method returns {@code null} when the text is
 * not exactly of that form.
 *
 * <p>Numbers use {@code .} as the decimal point and no thousands separators; an exponent is allowed in
 * decimals. A number with a leading zero ({@code 007}, {@code 01.5}) is not read as a number, because such
 * values are codes (product ids, postcodes) whose zeros matter. Booleans are {@code true}/{@code false} and
 * {@code yes}/{@code no} in any case.
 */
final class Scalars {

    private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9]\\d{0,18})");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:(?:0|[1-9]\\d*)(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d{1,3})?");

    private Scalars() {
    }

    static Long integer(String text) {
        if (!INTEGER.matcher(text).matches()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    static Boolean bool(String text) {
        if (text.length() > 5) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
