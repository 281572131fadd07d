package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.data.ColumnType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Infers one column's type from sample values, one value at a time. Not thread-safe.
 *
 * <p>Blank values say nothing. The type is the most specific that every other sampled value fits, tried
 * in this order: BOOLEAN, INTEGER, DECIMAL, DATE (all values dates), TIMESTAMP (all values dates, some with
 * a time of day), TEXT. Dates must agree on one reading: if every sampled date could be read both
 * day-first and month-first (no day above 12 anywhere), the column is ambiguous and stays TEXT rather than
 * risk swapping days and months. A column with no non-blank value is TEXT.
 */
final class ColumnGuess {

    private long values;
    private boolean allBoolean = true;
    private boolean allInteger = true;
    private boolean allDecimal = true;
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
        allInteger = allInteger && Scalars.integer(text) != null;
        allDecimal = allDecimal && (allInteger || Scalars.decimal(text) != null);
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

    ColumnParser result() {
        if (values == 0) {
            return ColumnParser.TEXT;
        }
        if (allBoolean) {
            return new ColumnParser(ColumnType.BOOLEAN, null);
        }
        if (allInteger) {
            return new ColumnParser(ColumnType.INTEGER, null);
        }
        if (allDecimal) {
            return new ColumnParser(ColumnType.DECIMAL, null);
        }
        if (allDates && orders.size() == 1) {
            return new ColumnParser(anyTime ? ColumnType.TIMESTAMP : ColumnType.DATE, orders.iterator().next());
        }
        return ColumnParser.TEXT;
    }
}
