package io.lucent.plugins.connector.csv;

import java.util.Locale;

/**
 * Reads numbers and booleans from trimmed text, strictly: each method returns {@code null} when the text is
 * not exactly of that form. Hand-written scanners rather than regular expressions, because they run for
 * every field of every row.
 *
 * <p>Numbers use {@code .} as the decimal point and no thousands separators; an exponent is allowed in
 * decimals. A number with a leading zero ({@code 007}, {@code 01.5}) is not read as a number, because such
 * values are codes (product ids, postcodes) whose zeros matter. Booleans are {@code true}/{@code false} and
 * {@code yes}/{@code no} in any case.
 */
final class Scalars {

    private Scalars() {
    }

    static Long integer(String text) {
        int start = signLength(text);
        int digits = digitsFrom(text, start);
        if (digits == 0 || start + digits != text.length() || digits > 19 || hasLeadingZero(text, start, digits)) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Double decimal(String text) {
        int position = signLength(text);
        int whole = digitsFrom(text, position);
        if (hasLeadingZero(text, position, whole)) {
            return null;
        }
        position += whole;
        int fraction = 0;
        if (position < text.length() && text.charAt(position) == '.') {
            fraction = digitsFrom(text, position + 1);
            position += 1 + fraction;
        }
        if (whole == 0 && fraction == 0) {
            return null;
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            position += position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-') ? 1 : 0;
            int exponent = digitsFrom(text, position);
            if (exponent == 0 || exponent > 3) {
                return null;
            }
            position += exponent;
        }
        if (position != text.length()) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    static Boolean bool(String text) {
        if (text.length() < 2 || text.length() > 5) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** How many ASCII digits follow from the position. */
    static int digitsFrom(String text, int position) {
        int end = position;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - position;
    }

    private static int signLength(String text) {
        return !text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    }

    private static boolean hasLeadingZero(String text, int start, int digits) {
        return digits > 1 && text.charAt(start) == '0';
    }
}
