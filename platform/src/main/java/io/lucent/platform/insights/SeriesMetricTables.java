package io.lucent.platform.insights;

import io.lucent.platform.analytics.MonthGrid;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.insight.MetricTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Time series of a dataset's measures for statistical rule packs, from any dataset with a date column and
 * numeric columns (the raw view {@code data}, all rows). Measure columns are the numeric columns that are not
 * identifiers (names ending in "id", or with code, zip, postal, phone, row). Each is summed per day and per month
 * (rates and prices, named like price, rate, discount, pct, percent, share, are averaged instead); the row count
 * is one more series. Summed series have every day and month of the range (0 where no rows); averaged series
 * only the periods with values.
 *
 * <p>Tables (long format): {@code series_daily} and {@code series_monthly}, columns {@code series} (TEXT, the
 * column name), {@code aggregate} (TEXT, sum, mean or count), {@code period} (DATE, the day or the month's first
 * day), {@code value} (DECIMAL) and {@code partial} (BOOLEAN, monthly only: the data covers the month only
 * partly).
 */
public final class SeriesMetricTables {

    public static final String DAILY = "series_daily";
    public static final String MONTHLY = "series_monthly";
    /** More days than this are not listed daily (a decade); the monthly table still is. */
    static final long MAX_DAYS = 3660;

    private static final Pattern IDENTIFIER = Pattern.compile(".*(id|code|zip|postal|phone|row|number|no)$|.*(code|zip|postal|phone).*");
    private static final Pattern RATE = Pattern.compile(".*(price|rate|discount|pct|percent|share|ratio).*");

    /**
     * A measure and how it is aggregated.
     *
     * @param column    the column
     * @param aggregate sum or mean
     */
    record Measure(String column, String aggregate) {
    }

    /** The measure columns among the numeric ones, in order. */
    static List<Measure> measures(List<String> numericColumns) {
        List<Measure> measures = new ArrayList<>();
        for (String column : numericColumns) {
            String normal = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (IDENTIFIER.matcher(normal).matches()) {
                continue;
            }
            measures.add(new Measure(column, RATE.matcher(normal).matches() ? "mean" : "sum"));
        }
        return measures;
    }

    /** The two tables, or none when the date column has no readable value. */
    public Map<String, MetricTable> compute(Connection connection, String dateColumn, List<String> numericColumns) throws SQLException {
        String day = "TRY_CAST(" + quote(dateColumn) + " AS DATE)";
        LocalDate first;
        LocalDate last;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT min(" + day + "), max(" + day + ") FROM data")) {
            rs.next();
            if (rs.getDate(1) == null) {
                return Map.of();
            }
            first = rs.getDate(1).toLocalDate();
            last = rs.getDate(2).toLocalDate();
        }
        List<Measure> measures = new ArrayList<>(measures(numericColumns));
        StringBuilder select = new StringBuilder("SELECT " + day + " AS d, count(*)");
        for (Measure measure : measures) {
            select.append(", ").append(measure.aggregate()).append("(TRY_CAST(").append(quote(measure.column())).append(" AS DOUBLE))");
        }
        select.append(" FROM data WHERE ").append(day).append(" IS NOT NULL GROUP BY d ORDER BY d");
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        Map<LocalDate, double[]> byDay = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select.toString())) {
            while (rs.next()) {
                double[] values = new double[measures.size() + 1];
                values[0] = rs.getLong(2);
                for (int m = 0; m < measures.size(); m++) {
                    double value = rs.getDouble(m + 3);
                    values[m + 1] = rs.wasNull() ? Double.NaN : value;
                }
                byDay.put(rs.getDate(1).toLocalDate(), values);
            }
        }
        List<Measure> all = new ArrayList<>();
        all.add(new Measure("rows", "count"));
        all.addAll(measures);
        Map<String, MetricTable> tables = new LinkedHashMap<>();
        if (days <= MAX_DAYS) {
            tables.put(DAILY, daily(all, byDay, first, last));
        }
        tables.put(MONTHLY, monthly(connection, all, measures, day, first, last));
        return tables;
    }

    private static MetricTable daily(List<Measure> all, Map<LocalDate, double[]> byDay, LocalDate first, LocalDate last) {
        TableBuilder table = columns(DAILY, "One row per series and day");
        for (int m = 0; m < all.size(); m++) {
            Measure measure = all.get(m);
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                double[] values = byDay.get(d);
                Double value;
                if (values != null) {
                    value = values[m];
                } else {
                    value = measure.aggregate().equals("mean") ? null : Double.valueOf(0);
                }
                if (value != null && !Double.isNaN(value)) {
                    table.row().set("series", measure.column()).set("aggregate", measure.aggregate()).set("period", d).set("value", value).add();
                }
            }
        }
        return table.build();
    }

    private static MetricTable monthly(Connection connection, List<Measure> all, List<Measure> measures, String day, LocalDate first, LocalDate last)
            throws SQLException {
        MonthGrid grid = new MonthGrid(first, last);
        StringBuilder select = new StringBuilder("SELECT date_trunc('month', " + day + ")::DATE AS m, count(*)");
        for (Measure measure : measures) {
            select.append(", ").append(measure.aggregate()).append("(TRY_CAST(").append(quote(measure.column())).append(" AS DOUBLE))");
        }
        select.append(" FROM data WHERE ").append(day).append(" IS NOT NULL GROUP BY m ORDER BY m");
        Double[][] values = new Double[all.size()][grid.size()];
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(select.toString())) {
            while (rs.next()) {
                int i = (int) ChronoUnit.MONTHS.between(grid.month(0), java.time.YearMonth.from(rs.getDate(1).toLocalDate()));
                for (int m = 0; m < all.size(); m++) {
                    double value = rs.getDouble(m + 2);
                    values[m][i] = rs.wasNull() ? null : value;
                }
            }
        }
        TableBuilder table = columns(MONTHLY, "One row per series and month (the period is the month's first day)").column("partial", ColumnType.BOOLEAN);
        for (int m = 0; m < all.size(); m++) {
            for (int i = 0; i < grid.size(); i++) {
                Double value = values[m][i] == null && !all.get(m).aggregate().equals("mean") ? Double.valueOf(0) : values[m][i];
                if (value != null) {
                    table.row().set("series", all.get(m).column()).set("aggregate", all.get(m).aggregate())
                            .set("period", grid.month(i).atDay(1)).set("value", value).set("partial", grid.partial(i)).add();
                }
            }
        }
        return table.build();
    }

    private static TableBuilder columns(String name, String description) {
        return new TableBuilder(name, description).column("series", ColumnType.TEXT).column("aggregate", ColumnType.TEXT)
                .column("period", ColumnType.DATE).column("value", ColumnType.DECIMAL);
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
