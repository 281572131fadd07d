package io.lucent.platform.analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a query and maps each row. */
final class Rows {

    @FunctionalInterface
    interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Rows() {
    }

    static <T> List<T> query(Connection connection, String sql, Mapper<T> mapper) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        }
        return rows;
    }

    static <T> T one(Connection connection, String sql, Mapper<T> mapper) throws SQLException {
        List<T> rows = query(connection, sql, mapper);
        if (rows.size() != 1) {
            throw new SQLException("expected one row, got " + rows.size());
        }
        return rows.get(0);
    }

    /** A nullable double column. */
    static Double number(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    /** {@code part / whole × 100}, null when the whole is zero or unknown. */
    static Double percent(Double part, Double whole) {
        return part == null || whole == null || whole == 0 ? null : part / whole * 100;
    }
}
