package io.lucent.platform.datasets.query;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One preview filter, written {@code column:op[:value]} with op one of eq, ne, gt, gte, lt, lte, contains,
 * startswith, isnull, notnull. Becomes a SQL condition with the value as a bound parameter, the column checked
 * against the dataset's columns: user text never becomes SQL.
 *
 * @param column the column
 * @param op     the operator
 * @param value  the typed value to compare with, or null for isnull/notnull
 */
public record Filter(DatasetColumn column, Op op, Object value) {

    /** Filter operators. */
    public enum Op {
        EQ("="), NE("<>"), GT(">"), GTE(">="), LT("<"), LTE("<="), CONTAINS(null), STARTSWITH(null), ISNULL(null), NOTNULL(null);

        private final String sql;

        Op(String sql) {
            this.sql = sql;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "^(.+?):(eq|ne|gt|gte|lt|lte|contains|startswith|isnull|notnull)(?::(.*))?$", Pattern.DOTALL);

    /** Parses a filter against the dataset's columns; 400 with the reason when it does not fit. */
    public static Filter parse(String text, List<DatasetColumn> columns) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw LucentException.invalid("Filter '" + text + "' must look like column:op:value with op one of "
                    + "eq, ne, gt, gte, lt, lte, contains, startswith, isnull, notnull");
        }
        DatasetColumn column = Sorting.column(matcher.group(1), columns);
        Op op = Op.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
        String raw = matcher.group(3);
        if (op == Op.ISNULL || op == Op.NOTNULL) {
            return new Filter(column, op, null);
        }
        if (raw == null) {
            throw LucentException.invalid("Filter '" + text + "' needs a value after the operator");
        }
        if (op == Op.CONTAINS || op == Op.STARTSWITH) {
            return new Filter(column, op, raw);
        }
        return new Filter(column, op, typed(column, raw));
    }

    /** The SQL condition, with one {@code ?} per value. */
    public String sql() {
        String name = DuckDbEngine.identifier(column.name());
        return switch (op) {
            case ISNULL -> name + " IS NULL";
            case NOTNULL -> name + " IS NOT NULL";
            case CONTAINS -> "contains(lower(CAST(" + name + " AS VARCHAR)), lower(?))";
            case STARTSWITH -> "starts_with(lower(CAST(" + name + " AS VARCHAR)), lower(?))";
            default -> name + " " + op.sql + " ?";
        };
    }

    private static Object typed(DatasetColumn column, String raw) {
        ColumnType type = column.columnType();
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(raw.trim());
                case DECIMAL -> Double.parseDouble(raw.trim());
                case BOOLEAN -> {
                    String value = raw.trim().toLowerCase(Locale.ROOT);
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalArgumentException();
                    }
                    yield Boolean.parseBoolean(value);
                }
                case DATE -> LocalDate.parse(raw.trim());
                case TIMESTAMP -> timestamp(raw.trim());
                case TEXT -> raw;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw LucentException.invalid("Filter value '" + raw + "' is not a " + DatasetColumn.wireName(type)
                    + " like column '" + column.name() + "'" + (type == ColumnType.TIMESTAMP ? " (write 2024-01-31 or 2024-01-31T13:45)" : ""));
        }
    }

    /** A time such as {@code 2024-01-31T13:45} or {@code 2024-01-31 13:45}, or a day, which means its midnight. */
    private static LocalDateTime timestamp(String raw) {
        return raw.length() == 10 ? LocalDate.parse(raw).atStartOfDay() : LocalDateTime.parse(raw.replace(' ', 'T'));
    }
}
