package io.lucent.platform.forecasting.runs;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long layout of forecast results: one row per entity, date and type ({@code actual}, {@code fitted} or
 * {@code forecast}) with the value and, for forecasts, {@code lo_<level>} and {@code hi_<level>} bounds.
 */
final class ResultRows {

    /** One row. */
    record Row(String entityId, String entityName, String date, String type, Double value, Map<String, Double> bounds) {
    }

    private ResultRows() {
    }

    /** How many rows {@link #of} makes: actual and fitted per history period, one per forecast period. */
    static int count(EntityForecast forecast) {
        return 2 * forecast.history().periods().size() + forecast.forecast().periods().size();
    }

    static List<Row> of(EntityForecast forecast) {
        List<Row> rows = new ArrayList<>();
        EntityForecast.History history = forecast.history();
        for (int i = 0; i < history.periods().size(); i++) {
            String date = date(history.periods().get(i));
            rows.add(new Row(forecast.entityId(), forecast.entityName(), date, "actual", history.actual().get(i), Map.of()));
            rows.add(new Row(forecast.entityId(), forecast.entityName(), date, "fitted", history.fitted().get(i), Map.of()));
        }
        EntityForecast.Future future = forecast.forecast();
        for (int i = 0; i < future.periods().size(); i++) {
            Map<String, Double> bounds = new LinkedHashMap<>();
            for (EntityForecast.Interval interval : future.intervals()) {
                String level = EntityForecaster.label(interval.level());
                bounds.put("lo_" + level, interval.lower().get(i));
                bounds.put("hi_" + level, interval.upper().get(i));
            }
            rows.add(new Row(forecast.entityId(), forecast.entityName(), date(future.periods().get(i)), "forecast", future.point().get(i), bounds));
        }
        return rows;
    }

    /** Dates without a time of day print as dates. */
    static String date(String period) {
        LocalDateTime time = LocalDateTime.parse(period);
        return time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.toLocalDate().toString() : time.toString();
    }

    /** The rows as a table for exporters, with bound columns for the given levels. */
    static ColumnBatch table(List<Row> rows, List<Double> levels) {
        List<Column> columns = new ArrayList<>(List.of(new Column("entity_id", ColumnType.TEXT), new Column("entity_name", ColumnType.TEXT),
                new Column("date", ColumnType.TEXT), new Column("type", ColumnType.TEXT), new Column("value", ColumnType.DECIMAL)));
        List<String> boundNames = new ArrayList<>();
        for (double level : levels) {
            boundNames.add("lo_" + EntityForecaster.label(level));
            boundNames.add("hi_" + EntityForecaster.label(level));
        }
        boundNames.forEach(name -> columns.add(new Column(name, ColumnType.DECIMAL)));
        ColumnBatch.Builder table = ColumnBatch.builder(new TableSchema(columns));
        for (Row row : rows) {
            Object[] values = new Object[columns.size()];
            values[0] = row.entityId();
            values[1] = row.entityName();
            values[2] = row.date();
            values[3] = row.type();
            values[4] = row.value();
            for (int b = 0; b < boundNames.size(); b++) {
                values[5 + b] = row.bounds().get(boundNames.get(b));
            }
            table.addRow(values);
        }
        return table.build();
    }
}
