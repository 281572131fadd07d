package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import java.util.Objects;

/**
 * Turns the text of one column's fields into values of the column's type.
 *
 * @param type    the column type
 * @param order   for DATE and TIMESTAMP columns, how to read dates; {@code null} otherwise
 * @param numbers for INTEGER and DECIMAL columns, how numbers are written
 */
record ColumnParser(ColumnType type, DateOrder order, NumberStyle numbers) {

    static final ColumnParser TEXT = new ColumnParser(ColumnType.TEXT, null);

    /** A parser whose numbers (if any) are written with a decimal point. */
    ColumnParser(ColumnType type, DateOrder order) {
        this(type, order, NumberStyle.POINT);
    }

    ColumnParser {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(numbers, "numbers is null");
        if ((type == ColumnType.DATE || type == ColumnType.TIMESTAMP) != (order != null)) {
            throw new IllegalArgumentException("a date order is needed exactly for DATE and TIMESTAMP columns");
        }
    }

    /**
     * The value of a field that is not blank.
     *
     * @param text the field, not blank
     * @return the value, or {@code null} if the text does not fit the type
     */
    Object parse(String text) {
        String trimmed = text.strip();
        return switch (type) {
            case TEXT -> text;
            case INTEGER -> Scalars.integer(trimmed, numbers);
            case DECIMAL -> Scalars.decimal(trimmed, numbers);
            case BOOLEAN -> Scalars.bool(trimmed);
            case DATE -> DateTimeText.parse(trimmed).filter(d -> !d.hasTime()).flatMap(d -> d.date(order)).orElse(null);
            case TIMESTAMP -> DateTimeText.parse(trimmed).flatMap(d -> d.dateTime(order)).orElse(null);
        };
    }

    /** How the expected form is described to users in problem messages. */
    String expected() {
        return switch (type) {
            case TEXT -> "text";
            case INTEGER -> numbers == NumberStyle.POINT ? "a whole number" : "a whole number (1.234.567)";
            case DECIMAL -> numbers == NumberStyle.POINT ? "a number" : "a number with a decimal comma (1.234,5)";
            case BOOLEAN -> "true or false";
            case DATE -> "a date (" + pattern() + ")";
            case TIMESTAMP -> "a date and time (" + pattern() + " hh:mm:ss)";
        };
    }

    private String pattern() {
        return switch (order) {
            case YEAR_MONTH_DAY -> "year-month-day";
            case DAY_MONTH_YEAR -> "day/month/year";
            case MONTH_DAY_YEAR -> "month/day/year";
        };
    }
}
