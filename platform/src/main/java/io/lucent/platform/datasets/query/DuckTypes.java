package io.lucent.platform.datasets.query;

import io.lucent.plugin.api.data.ColumnType;
import java.util.Locale;

/** Maps the plugin API's column types to DuckDB's and back. */
public final class DuckTypes {

    private DuckTypes() {
    }

    /** The DuckDB type storing a column type. */
    public static String sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case TEXT -> "VARCHAR";
        };
    }

    /** The column type of a DuckDB type name (as DESCRIBE prints it). */
    public static ColumnType columnType(String duckType) {
        String type = duckType.toUpperCase(Locale.ROOT);
        if (type.startsWith("DECIMAL") || type.equals("DOUBLE") || type.equals("FLOAT") || type.equals("REAL")) {
            return ColumnType.DECIMAL;
        }
        if (type.endsWith("INT") || type.equals("BIGINT") || type.equals("INTEGER") || type.equals("SMALLINT")
                || type.equals("TINYINT") || type.equals("HUGEINT") || type.startsWith("U") && type.endsWith("INT")) {
            return ColumnType.INTEGER;
        }
        if (type.equals("BOOLEAN")) {
            return ColumnType.BOOLEAN;
        }
        if (type.equals("DATE")) {
            return ColumnType.DATE;
        }
        if (type.startsWith("TIMESTAMP")) {
            return ColumnType.TIMESTAMP;
        }
        return ColumnType.TEXT;
    }

    /** Whether values of the type are numbers (summaries give mean, std and quantiles). */
    public static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
    }

    /** Whether values of the type are points in time (summaries give a range). */
    public static boolean temporal(ColumnType type) {
        return type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
    }
}
