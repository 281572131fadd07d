package io.lucent.platform.analytics;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The calendar months of a date range, with the months the range covers only partly (less than 90% of their
 * days, such as a data export that ends on the 9th) marked partial: trend tests leave those out.
 */
public final class MonthGrid {

    private static final double FULL_COVERAGE = 0.9;

    private final List<YearMonth> months;
    private final boolean[] partial;
    private final Map<YearMonth, Integer> positions = new HashMap<>();

    public MonthGrid(LocalDate from, LocalDate to) {
        months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            positions.put(m, months.size());
            months.add(m);
        }
        partial = new boolean[months.size()];
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            LocalDate start = from.isAfter(m.atDay(1)) ? from : m.atDay(1);
            LocalDate end = to.isBefore(m.atEndOfMonth()) ? to : m.atEndOfMonth();
            double covered = ChronoUnit.DAYS.between(start, end) + 1;
            partial[i] = covered / m.lengthOfMonth() < FULL_COVERAGE;
        }
    }

    public int size() {
        return months.size();
    }

    public YearMonth month(int i) {
        return months.get(i);
    }

    public boolean partial(int i) {
        return partial[i];
    }

    /** The values of the complete months only, in order. */
    public double[] complete(double[] values) {
        int first = 0;
        while (first < values.length && partial[first]) {
            first++;
        }
        int last = values.length - 1;
        while (last >= first && partial[last]) {
            last--;
        }
        return java.util.Arrays.copyOfRange(values, first, last + 1);
    }

    /**
     * Dense monthly series per key from a query returning {@code key, month (DATE), value}: months without a row
     * are 0. Keys keep the query's first-seen order.
     */
    public Map<String, double[]> series(Connection connection, String sql) throws SQLException {
        Map<String, double[]> byKey = new LinkedHashMap<>();
        Rows.query(connection, sql, rs -> {
            double[] values = byKey.computeIfAbsent(rs.getString(1), k -> new double[months.size()]);
            Integer position = positions.get(YearMonth.from(rs.getDate(2).toLocalDate()));
            if (position != null) {
                values[position] += rs.getDouble(3);
            }
            return null;
        });
        return byKey;
    }
}
