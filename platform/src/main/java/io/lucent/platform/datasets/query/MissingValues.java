package io.lucent.platform.datasets.query;

import io.lucent.platform.datasets.DatasetColumn;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts missing values per column and, when the dataset has a date or timestamp column (the first one), per
 * period of it: daily for spans up to 3 months, weekly up to 2 years, monthly up to 20 years, else yearly.
 */
public final class MissingValues {

    private static final int MAX_PERIODS = 1000;

    private final SandboxPool sandboxes;

    public MissingValues(SandboxPool sandboxes) {
        this.sandboxes = sandboxes;
    }

    public MissingReport report(Path parquet, List<DatasetColumn> columns) {
        Optional<DatasetColumn> date = columns.stream().filter(c -> DuckTypes.temporal(c.columnType())).findFirst();
        return sandboxes.query(parquet, connection -> {
            try (Statement statement = connection.createStatement()) {
                List<String> counts = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    counts.add("COUNT(*) - COUNT(" + DuckDbEngine.identifier(columns.get(i).name()) + ") AS m" + i);
                }
                long rows;
                List<MissingReport.ColumnMissing> perColumn = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) AS n, " + String.join(", ", counts) + " FROM data")) {
                    rs.next();
                    rows = rs.getLong("n");
                    for (int i = 0; i < columns.size(); i++) {
                        long missing = rs.getLong("m" + i);
                        perColumn.add(new MissingReport.ColumnMissing(columns.get(i).name(), missing, rows == 0 ? 0 : (double) missing / rows));
                    }
                }
                if (date.isEmpty() || rows == 0) {
                    return new MissingReport(rows, perColumn, null, null, null);
                }
                String d = DuckDbEngine.identifier(date.get().name());
                String period = period(statement, d);
                if (period == null) {
                    return new MissingReport(rows, perColumn, date.get().name(), null, null);
                }
                List<MissingReport.PeriodMissing> overTime = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT CAST(date_trunc('" + period + "', " + d + ") AS DATE) AS p, COUNT(*) AS n, "
                        + String.join(", ", counts) + " FROM data WHERE " + d + " IS NOT NULL GROUP BY 1 ORDER BY 1 LIMIT " + MAX_PERIODS)) {
                    while (rs.next()) {
                        Map<String, Long> missing = new LinkedHashMap<>();
                        for (int i = 0; i < columns.size(); i++) {
                            long m = rs.getLong("m" + i);
                            if (m > 0) {
                                missing.put(columns.get(i).name(), m);
                            }
                        }
                        overTime.add(new MissingReport.PeriodMissing(rs.getObject("p", LocalDate.class).toString(), rs.getLong("n"), missing));
                    }
                }
                return new MissingReport(rows, perColumn, date.get().name(), period, overTime);
            }
        });
    }

    private static String period(Statement statement, String dateColumn) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT CAST(MIN(" + dateColumn + ") AS DATE), CAST(MAX(" + dateColumn + ") AS DATE) FROM data")) {
            rs.next();
            LocalDate from = rs.getObject(1, LocalDate.class);
            LocalDate to = rs.getObject(2, LocalDate.class);
            if (from == null || to == null) {
                return null;
            }
            long days = ChronoUnit.DAYS.between(from, to);
            if (days <= 92) {
                return "day";
            }
            if (days <= 731) {
                return "week";
            }
            return days <= 7305 ? "month" : "year";
        }
    }
}
