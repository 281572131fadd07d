package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Infers one column's type from sample values, one value at a time. Not thread-safe.
 *
 * <p>Blank values say nothing. The type is the most specific that every other sampled value fits, tried
 * in this order: BOOLEAN, INTEGER, DECIMAL (numbers with a decimal point and optional {@code ,} thousands
 * separators first, then numbers with a decimal comma and {@code .}/space thousands separators), DATE (all values dates), TIMESTAMP (all values dates, some with
 * a time of day), TEXT. Dates must agree on one reading: if every sampled date could be read both
 * day-first and month-first (no day above 12 anywhere), the column is ambiguous and stays TEXT rather than
 * risk swapping days and months. A column with no non-blank value is TEXT.
 */
final class ColumnGuess {

    private long values;
    private boolean allBoolean = true;
    private boolean allInteger = true;
    private boolean allDecimal = true;
    private boolean allCommaInteger = true;
    private boolean allCommaDecimal = true;
    private final Optional<NumberStyle> forced;

    /** Guesses with numbers in either style, preferring a decimal point when both read every value. */
    ColumnGuess() {
        this(Optional.empty());
    }

    /** Guesses with numbers in the given style only, or in either if empty. */
    ColumnGuess(Optional<NumberStyle> numbers) {
        this.forced = numbers;
    }
    private boolean allDates = true;
    private boolean anyTime;
    private final Set<DateOrder> orders = EnumSet.allOf(DateOrder.class);

    void accept(String field) {
        String text = field.strip();
        if (text.isEmpty()) {
            return;
        }
        values++;
        allBoolean = allBoolean && Scalars.bool(text) != null;
        allInteger = allInteger && Scalars.integer(text, NumberStyle.POINT) != null;
        allDecimal = allDecimal && (allInteger || Scalars.decimal(text, NumberStyle.POINT) != null);
        allCommaInteger = allCommaInteger && Scalars.integer(text, NumberStyle.COMMA) != null;
        allCommaDecimal = allCommaDecimal && (allCommaInteger || Scalars.decimal(text, NumberStyle.COMMA) != null);
        if (allDates) {
            Optional<DateTimeText> date = DateTimeText.parse(text);
            if (date.isEmpty()) {
                allDates = false;
            } else {
                orders.retainAll(date.get().possibleOrders());
                anyTime |= date.get().hasTime();
                allDates = !orders.isEmpty();
            }
        }
    }

    /** Whether the column's values are numbers only with a decimal comma (evidence for the file's style). */
    boolean onlyCommaNumbers() {
        return values > 0 && !allBoolean && !allDecimal && allCommaDecimal;
    }

    /** Whether the column's values are numbers only with a decimal point (evidence for the file's style). */
    boolean onlyPointNumbers() {
        return values > 0 && !allBoolean && allDecimal && !allCommaDecimal;
    }

    /** The column's parser, preferring a decimal point where both styles read every value. */
    ColumnParser result() {
        return result(NumberStyle.POINT);
    }

    /** The column's parser, preferring {@code preferred} where both number styles read every value. */
    ColumnParser result(NumberStyle preferred) {
        if (values == 0) {
            return ColumnParser.TEXT;
        }
        if (allBoolean) {
            return new ColumnParser(ColumnType.BOOLEAN, null);
        }
        boolean point = forced.map(style -> style == NumberStyle.POINT).orElse(true);
        boolean comma = forced.map(style -> style == NumberStyle.COMMA).orElse(true);
        if (comma && preferred == NumberStyle.COMMA && (allCommaInteger || allCommaDecimal)) {
            return new ColumnParser(allCommaInteger ? ColumnType.INTEGER : ColumnType.DECIMAL, null, NumberStyle.COMMA);
        }
        if (point && allInteger) {
            return new ColumnParser(ColumnType.INTEGER, null, NumberStyle.POINT);
        }
        if (point && allDecimal) {
            return new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.POINT);
        }
        if (comma && allCommaInteger) {
            return new ColumnParser(ColumnType.INTEGER, null, NumberStyle.COMMA);
        }
        if (comma && allCommaDecimal) {
            return new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.COMMA);
        }
        if (allDates && orders.size() == 1) {
            return new ColumnParser(anyTime ? ColumnType.TIMESTAMP : ColumnType.DATE, orders.iterator().next());
        }
        return ColumnParser.TEXT;
    }
}
