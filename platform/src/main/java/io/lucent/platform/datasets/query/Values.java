package io.lucent.platform.datasets.query;

import io.lucent.plugin.api.data.ColumnType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads values out of DuckDB result sets as JSON-friendly Java values (ISO text for dates and times). */
final class Values {

    private Values() {
    }

    static Object read(ResultSet rs, int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case INTEGER -> rs.getLong(index);
            case DECIMAL -> rs.getDouble(index);
            case BOOLEAN -> rs.getBoolean(index);
            case DATE -> {
                LocalDate date = rs.getObject(index, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case TIMESTAMP -> {
                LocalDateTime time = rs.getObject(index, LocalDateTime.class);
                yield time == null ? null : time.toString();
            }
            case TEXT -> rs.getString(index);
        };
        if (rs.wasNull()) {
            return null;
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        return value;
    }

    static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() || Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
