package io.lucent.platform.datasets.query;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.platform.datasets.DatasetColumn;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes a {@link DatasetSummary} with DuckDB: one scan for all the aggregates, then one query per column for top values. */
public final class Summarizer {

    private static final double[] QUANTILES = {0.05, 0.25, 0.5, 0.75, 0.95};
    private static final String[] QUANTILE_NAMES = {"p05", "p25", "p50", "p75", "p95"};
    private static final int TOP_VALUES = 10;

    private final SandboxPool sandboxes;

    public Summarizer(SandboxPool sandboxes) {
        this.sandboxes = sandboxes;
    }

    public DatasetSummary summarize(Path parquet, String contentHash, List<DatasetColumn> columns) {
        return sandboxes.query(parquet, connection -> {
            try (Statement statement = connection.createStatement()) {
                List<String> aggregates = new ArrayList<>();
                aggregates.add("COUNT(*) AS n");
                for (int i = 0; i < columns.size(); i++) {
                    aggregates.addAll(aggregates(i, columns.get(i)));
                }
                List<ColumnSummary> summaries = new ArrayList<>();
                long rows;
                try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", aggregates) + " FROM data")) {
                    rs.next();
                    rows = rs.getLong("n");
                    for (int i = 0; i < columns.size(); i++) {
                        summaries.add(summary(rs, i, columns.get(i), rows));
                    }
                }
                for (int i = 0; i < columns.size(); i++) {
                    ColumnType type = columns.get(i).columnType();
                    if (type == ColumnType.TEXT || type == ColumnType.BOOLEAN) {
                        summaries.set(i, withTop(statement, summaries.get(i), columns.get(i)));
                    }
                }
                return new DatasetSummary(contentHash, rows, summaries);
            }
        });
    }

    private static List<String> aggregates(int i, DatasetColumn column) {
        String c = DuckDbEngine.identifier(column.name());
        ColumnType type = column.columnType();
        List<String> list = new ArrayList<>();
        list.add("COUNT(" + c + ") AS c" + i + "_count");
        list.add("COUNT(DISTINCT " + c + ") AS c" + i + "_distinct");
        if (type != ColumnType.BOOLEAN) {
            list.add("MIN(" + c + ") AS c" + i + "_min");
            list.add("MAX(" + c + ") AS c" + i + "_max");
        }
        if (DuckTypes.numeric(type)) {
            list.add("AVG(" + c + ") AS c" + i + "_mean");
            list.add("STDDEV_SAMP(" + c + ") AS c" + i + "_std");
            list.add("SUM(" + c + ")::DOUBLE AS c" + i + "_sum");
            for (int q = 0; q < QUANTILES.length; q++) {
                list.add("QUANTILE_CONT(" + c + ", " + QUANTILES[q] + ") AS c" + i + "_" + QUANTILE_NAMES[q]);
            }
        }
        return list;
    }

    private static ColumnSummary summary(ResultSet rs, int i, DatasetColumn column, long rows) throws SQLException {
        ColumnType type = column.columnType();
        String p = "c" + i + "_";
        long count = rs.getLong(p + "count");
        long distinct = rs.getLong(p + "distinct");
        Object min = null;
        Object max = null;
        if (type != ColumnType.BOOLEAN) {
            int minIndex = rs.findColumn(p + "min");
            min = Values.read(rs, minIndex, type);
            max = Values.read(rs, rs.findColumn(p + "max"), type);
        }
        if (!DuckTypes.numeric(type)) {
            return new ColumnSummary(column.name(), column.type(), count, rows - count, distinct, min, max, null, null, null, null, null);
        }
        Map<String, Double> quantiles = new LinkedHashMap<>();
        for (String name : QUANTILE_NAMES) {
            quantiles.put(name, Values.number(rs, p + name));
        }
        return new ColumnSummary(column.name(), column.type(), count, rows - count, distinct, min, max, Values.number(rs, p + "mean"),
                Values.number(rs, p + "std"), Values.number(rs, p + "sum"), count == 0 ? null : quantiles, null);
    }

    private static ColumnSummary withTop(Statement statement, ColumnSummary summary, DatasetColumn column) throws SQLException {
        String c = DuckDbEngine.identifier(column.name());
        List<ColumnSummary.ValueCount> top = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT " + c + ", COUNT(*) AS n FROM data WHERE " + c + " IS NOT NULL GROUP BY "
                + c + " ORDER BY n DESC, " + c + " LIMIT " + TOP_VALUES)) {
            while (rs.next()) {
                top.add(new ColumnSummary.ValueCount(Values.read(rs, 1, column.columnType()), rs.getLong(2)));
            }
        }
        return new ColumnSummary(summary.name(), summary.type(), summary.count(), summary.missing(), summary.distinct(), summary.min(),
                summary.max(), null, null, null, null, top);
    }
}
