package io.lucent.plugins.connector.csv;

import java.util.Locale;

/**
 * Reads numbers and booleans from trimmed text, strictly: each method returns {@code null} when the text is
 * not exactly of that form. Hand-written scanners rather than regular expressions, because they run for
 * every field of every row.
 *
 * <p>Numbers are read in a {@link NumberStyle}: {@code .} as the decimal point with {@code ,} grouping
 * thousands ({@code 1,234.5}), or {@code ,} as the decimal separator with {@code .}, a space or {@code '}
 * grouping thousands ({@code 1.234,5}); grouping is optional but, when used, consistent and by threes. An
 * exponent is allowed in ungrouped decimals. A number with a leading zero ({@code 007}, {@code 01.5}) is not read as a number, because such
 * values are codes (product ids, postcodes) whose zeros matter. Booleans are {@code true}/{@code false} and
 * {@code yes}/{@code no} in any case.
 */
final class Scalars {

    private Scalars() {
    }

    static Long integer(String text) {
        return integer(text, NumberStyle.POINT);
    }

    static Double decimal(String text) {
        return decimal(text, NumberStyle.POINT);
    }

    /** A whole number written in the style (thousands grouped or not), or null. */
    static Long integer(String text, NumberStyle style) {
        String plain = plain(text, style, false);
        if (plain == null) {
            return null;
        }
        int start = signLength(plain);
        if (plain.length() - start > 19) {
            return null;
        }
        try {
            return Long.parseLong(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number written in the style (thousands grouped or not, an exponent only without grouping), or null. */
    static Double decimal(String text, NumberStyle style) {
        String plain = plain(text, style, true);
        if (plain == null) {
            return null;
        }
        double value = Double.parseDouble(plain);
        return Double.isFinite(value) ? value : null;
    }

    /**
     * The number as Java writes it ({@code -1234.5}, {@code 1.5e3}), or null if the text is not a number of
     * the style: digits, optionally grouped by threes with one of the style's grouping characters, an optional
     * fraction after the style's decimal separator, and (ungrouped only) an exponent.
     */
    private static String plain(String text, NumberStyle style, boolean fractionAllowed) {
        StringBuilder out = new StringBuilder(text.length());
        int position = signLength(text);
        if (position == 1 && text.charAt(0) == '-') {
            out.append('-');
        }
        int first = digitsFrom(text, position);
        if (first == 0 && !(fractionAllowed && position < text.length() && text.charAt(position) == style.decimal())) {
            return null;
        }
        boolean grouped = false;
        int end = position + first;
        char separator = 0;
        while (first >= 1 && first <= 3 && end + 4 <= text.length() && style.isGrouping(text.charAt(end))
                && digitsFrom(text, end + 1) == 3 && (separator == 0 || text.charAt(end) == separator)) {
            separator = text.charAt(end);
            grouped = true;
            end += 4;
        }
        int wholeDigits = 0;
        for (int i = position; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                wholeDigits++;
            }
        }
        if (!grouped && hasLeadingZero(text, position, first)) {
            return null;
        }
        if (grouped && text.charAt(position) == '0') {
            return null;
        }
        position = end;
        if (position < text.length() && text.charAt(position) == style.decimal()) {
            if (!fractionAllowed) {
                return null;
            }
            int fraction = digitsFrom(text, position + 1);
            if (fraction == 0 && wholeDigits == 0) {
                return null;
            }
            out.append('.').append(text, position + 1, position + 1 + fraction);
            if (fraction == 0) {
                out.append('0');
            }
            position += 1 + fraction;
        } else if (wholeDigits == 0) {
            return null;
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            if (!fractionAllowed || grouped) {
                return null;
            }
            out.append('e');
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                out.append(text.charAt(position));
                position++;
            }
            int exponent = digitsFrom(text, position);
            if (exponent == 0 || exponent > 3) {
                return null;
            }
            out.append(text, position, position + exponent);
            position += exponent;
        }
        return position == text.length() ? out.toString() : null;
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
