package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.MetricTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the long-format series tables {@code series_daily} and {@code series_monthly}: columns {@code series}
 * (TEXT), {@code aggregate} (TEXT), {@code period} (DATE), {@code value} (DECIMAL or INTEGER) and, optionally,
 * {@code partial} (BOOLEAN). A table without these columns, or with other types, is treated as absent.
 */
final class SeriesTables {

    static final String DAILY = "series_daily";
    static final String MONTHLY = "series_monthly";

    private SeriesTables() {
    }

    /** The series of a table, in first-seen order, each sorted by period; empty when the table is absent or unusable. */
    static List<Series> read(InsightInput input, String tableName) {
        Optional<MetricTable> table = input.table(tableName);
        if (table.isEmpty()) {
            return List.of();
        }
        ColumnBatch batch = table.get().rows();
        TableSchema schema = batch.schema();
        Optional<Integer> series = column(schema, "series", ColumnType.TEXT);
        Optional<Integer> aggregate = column(schema, "aggregate", ColumnType.TEXT);
        Optional<Integer> period = column(schema, "period", ColumnType.DATE);
        Optional<Integer> value = column(schema, "value", ColumnType.DECIMAL).or(() -> column(schema, "value", ColumnType.INTEGER));
        Optional<Integer> partial = column(schema, "partial", ColumnType.BOOLEAN);
        if (series.isEmpty() || period.isEmpty() || value.isEmpty()) {
            return List.of();
        }
        Map<String, TreeMap<LocalDate, double[]>> byName = new LinkedHashMap<>();
        Map<String, String> aggregates = new LinkedHashMap<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            Object name = batch.value(r, series.get());
            Object day = batch.value(r, period.get());
            Object number = batch.value(r, value.get());
            if (!(name instanceof String text) || !(day instanceof LocalDate date) || !(number instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                continue;
            }
            String kind = aggregate.isPresent() && batch.value(r, aggregate.get()) instanceof String a ? a : "sum";
            aggregates.putIfAbsent(text, kind);
            boolean isPartial = partial.isPresent() && Boolean.TRUE.equals(batch.value(r, partial.get()));
            byName.computeIfAbsent(text, k -> new TreeMap<>()).put(date, new double[] {n.doubleValue(), isPartial ? 1 : 0});
        }
        List<Series> result = new ArrayList<>();
        byName.forEach((name, points) -> {
            double[] values = new double[points.size()];
            boolean[] partials = new boolean[points.size()];
            int i = 0;
            for (double[] point : points.values()) {
                values[i] = point[0];
                partials[i] = point[1] > 0;
                i++;
            }
            result.add(new Series(name, aggregates.get(name), new ArrayList<>(points.keySet()), values, partials));
        });
        return result;
    }

    private static Optional<Integer> column(TableSchema schema, String name, ColumnType type) {
        return schema.indexOf(name).filter(i -> schema.columns().get(i).type() == type);
    }
}
