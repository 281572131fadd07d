package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.data.ColumnType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/** Infers a column's type from sampled cells and converts cells to it. */
final class CellTypes {

    private static final double MAX_EXACT = 9.007199254740992E15;

    private CellTypes() {
    }

    /** The narrowest type holding every non-blank sampled value; TEXT when they are mixed or none. */
    static ColumnType infer(List<Object> values) {
        Tally tally = new Tally();
        values.forEach(tally::add);
        return tally.type();
    }

    /** Tracks, value by value, the narrowest type that holds every non-blank value seen. */
    static final class Tally {
        private boolean any;
        private boolean allBoolean = true;
        private boolean allDates = true;
        private boolean allMidnight = true;
        private boolean allNumbers = true;
        private boolean allIntegral = true;

        void add(Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return;
            }
            any = true;
            allBoolean &= value instanceof Boolean;
            allDates &= value instanceof LocalDateTime;
            if (value instanceof LocalDateTime time) {
                allMidnight &= time.toLocalTime().equals(LocalTime.MIDNIGHT);
            }
            allNumbers &= value instanceof Double;
            if (value instanceof Double number) {
                allIntegral &= isIntegral(number);
            }
        }

        ColumnType type() {
            if (!any) {
                return ColumnType.TEXT;
            }
            if (allBoolean) {
                return ColumnType.BOOLEAN;
            }
            if (allDates) {
                return allMidnight ? ColumnType.DATE : ColumnType.TIMESTAMP;
            }
            if (allNumbers) {
                return allIntegral ? ColumnType.INTEGER : ColumnType.DECIMAL;
            }
            return ColumnType.TEXT;
        }
    }

    /** The cell as a value of {@code type}; null for blank; {@link #MISFIT} when it does not fit. */
    static Object convert(Object value, ColumnType type) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return switch (type) {
            case TEXT -> text(value);
            case BOOLEAN -> value instanceof Boolean ? value : MISFIT;
            case INTEGER -> value instanceof Double d && isIntegral(d) ? (Object) d.longValue() : MISFIT;
            case DECIMAL -> value instanceof Double ? value : MISFIT;
            case DATE -> value instanceof LocalDateTime time ? time.toLocalDate() : MISFIT;
            case TIMESTAMP -> value instanceof LocalDateTime ? value : MISFIT;
        };
    }

    /** Marks a value that does not fit its column. */
    static final Object MISFIT = new Object();

    static String text(Object value) {
        if (value instanceof Double number) {
            if (isIntegral(number)) {
                return Long.toString(number.longValue());
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime time) {
            return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
        }
        return value.toString();
    }

    private static boolean isIntegral(double value) {
        return value == Math.rint(value) && Math.abs(value) < MAX_EXACT;
    }
}
