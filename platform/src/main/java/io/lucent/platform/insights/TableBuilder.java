package io.lucent.platform.insights;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.plugin.api.insight.MetricTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link MetricTable}: declare the columns, then add rows by column name (unnamed columns are null). */
final class TableBuilder {

    private final String name;
    private final String description;
    private final List<Column> columns = new ArrayList<>();
    private final List<Object[]> rows = new ArrayList<>();

    TableBuilder(String name, String description) {
        this.name = name;
        this.description = description;
    }

    TableBuilder column(String column, ColumnType type) {
        columns.add(new Column(column, type));
        return this;
    }

    /** A row builder; call {@link Row#add()} to append it. */
    Row row() {
        return new Row();
    }

    MetricTable build() {
        ColumnBatch.Builder batch = ColumnBatch.builder(new TableSchema(columns));
        rows.forEach(batch::addRow);
        return new MetricTable(name, description, batch.build());
    }

    final class Row {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Row set(String column, Object value) {
            values.put(column, value);
            return this;
        }

        void add() {
            Object[] row = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(columns.get(c).name());
                if (value instanceof Double d && !Double.isFinite(d)) {
                    value = null;
                }
                row[c] = value;
            }
            rows.add(row);
        }
    }
}
