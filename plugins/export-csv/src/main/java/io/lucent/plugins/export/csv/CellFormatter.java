package io.lucent.plugins.export.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Turns one typed value into the text of a CSV field (before quoting).
 *
 * <ul>
 *   <li>{@code null} becomes an empty field.</li>
 *   <li>Whole numbers ({@link Long}) and real numbers ({@link Double}) are written plainly, without
 *       exponent or thousands separator and with {@code .} as decimal point; NaN and infinities, which
 *       spreadsheets cannot read as numbers, become empty fields.</li>
 *   <li>Booleans become {@code true} / {@code false}; dates {@code yyyy-MM-dd}; timestamps
 *       {@code yyyy-MM-dd HH:mm:ss} (with fractions of a second when present).</li>
 *   <li>Text is neutralised against formula injection by {@link FormulaNeutraliser}.</li>
 * </ul>
 */
final class CellFormatter {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS]");

    private CellFormatter() {
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Long number) {
            return number.toString();
        }
        if (value instanceof Double number) {
            return number(number);
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime timestamp) {
            return timestamp(timestamp);
        }
        return FormulaNeutraliser.neutralise(value.toString());
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String timestamp(LocalDateTime timestamp) {
        String text = TIMESTAMP.format(timestamp);
        // The optional fraction is printed in full; drop trailing zeros of it.
        if (text.length() > 19) {
            text = text.replaceAll("0+$", "");
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
        }
        return text;
    }
}
