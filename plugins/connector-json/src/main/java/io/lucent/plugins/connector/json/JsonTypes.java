package io.lucent.plugins.connector.json;

import io.lucent.plugin.api.data.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Infers column types from sampled JSON values and converts values to them. */
final class JsonTypes {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?");

    /** Marks a value that does not fit its column. */
    static final Object MISFIT = new Object();

    private JsonTypes() {
    }

    static ColumnType infer(List<Object> values) {
        boolean any = false;
        boolean booleans = true;
        boolean integers = true;
        boolean numbers = true;
        boolean dates = true;
        boolean timestamps = true;
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            any = true;
            booleans &= value instanceof Boolean;
            integers &= value instanceof Long;
            numbers &= value instanceof Long || value instanceof Double;
            dates &= value instanceof String s && DATE.matcher(s).matches() && date(s) != null;
            timestamps &= value instanceof String s && (DATE.matcher(s).matches() || TIMESTAMP.matcher(s).matches()) && timestamp(s) != null;
        }
        if (!any) {
            return ColumnType.TEXT;
        }
        if (booleans) {
            return ColumnType.BOOLEAN;
        }
        if (integers) {
            return ColumnType.INTEGER;
        }
        if (numbers) {
            return ColumnType.DECIMAL;
        }
        if (dates) {
            return ColumnType.DATE;
        }
        return timestamps ? ColumnType.TIMESTAMP : ColumnType.TEXT;
    }

    static Object convert(Object value, ColumnType type) {
        if (value == null) {
            return null;
        }
        Object converted = switch (type) {
            case TEXT -> value.toString();
            case BOOLEAN -> value instanceof Boolean ? value : null;
            case INTEGER -> value instanceof Long ? value : value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15 ? (Object) d.longValue() : null;
            case DECIMAL -> value instanceof Number n ? (Object) n.doubleValue() : null;
            case DATE -> value instanceof String s ? date(s) : null;
            case TIMESTAMP -> value instanceof String s ? timestamp(s) : null;
        };
        return converted == null ? MISFIT : converted;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime timestamp(String text) {
        String value = text.replace(' ', 'T');
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:?\\d{2}$")) {
                return OffsetDateTime.parse(value.matches(".*[+-]\\d{4}$") ? value.substring(0, value.length() - 2) + ":"
                        + value.substring(value.length() - 2) : value).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
