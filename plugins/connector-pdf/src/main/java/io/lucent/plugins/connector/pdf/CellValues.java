package io.lucent.plugins.connector.pdf;

import io.lucent.plugin.api.data.ColumnType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Types of report cells: whole numbers and decimals (with optional thousands commas), ISO dates, else text. */
final class CellValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,3}(,\\d{3})+|-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Marks a value that does not fit its column. */
    static final Object MISFIT = new Object();

    private CellValues() {
    }

    static boolean isNumber(String text) {
        String value = text.strip();
        return INTEGER.matcher(value).matches() || DECIMAL.matcher(value).matches();
    }

    static ColumnType infer(List<String> values) {
        boolean any = false;
        boolean integers = true;
        boolean numbers = true;
        boolean dates = true;
        for (String raw : values) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = raw.strip();
            any = true;
            integers &= INTEGER.matcher(value).matches();
            numbers &= INTEGER.matcher(value).matches() || DECIMAL.matcher(value).matches();
            dates &= DATE.matcher(value).matches() && date(value) != null;
        }
        if (!any) {
            return ColumnType.TEXT;
        }
        return integers ? ColumnType.INTEGER : numbers ? ColumnType.DECIMAL : dates ? ColumnType.DATE : ColumnType.TEXT;
    }

    static Object convert(String raw, ColumnType type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return switch (type) {
                case INTEGER -> INTEGER.matcher(value).matches() ? (Object) Long.parseLong(value.replace(",", "")) : MISFIT;
                case DECIMAL -> isNumber(value) ? (Object) Double.parseDouble(value.replace(",", "")) : MISFIT;
                case DATE -> {
                    LocalDate date = date(value);
                    yield date == null ? MISFIT : date;
                }
                default -> value;
            };
        } catch (NumberFormatException e) {
            return MISFIT;
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
