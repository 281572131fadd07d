package io.lucent.plugins.connector.json;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records as column batches. The columns are the field names of the first {@code sampleRows} records (in the
 * order first seen), typed from their values; fields that first appear later are ignored. A record with a value
 * that does not fit its column's type is skipped and reported with its line. Confined to one thread.
 */
final class JsonTableReader implements TableReader {

    private static final int MAX_PROBLEMS = 100;

    private final JsonRecords records;
    private final Deque<JsonRecords.Record> sampled;
    private final TableSchema schema;
    private final List<RowProblem> problems = new ArrayList<>();
    private long rejected;

    private JsonTableReader(JsonRecords records, Deque<JsonRecords.Record> sampled, TableSchema schema) {
        this.records = records;
        this.sampled = sampled;
        this.schema = schema;
    }

    static JsonTableReader open(JsonRecords records, int sampleRows, String fileName) {
        Deque<JsonRecords.Record> sampled = new ArrayDeque<>();
        Set<String> names = new LinkedHashSet<>();
        while (sampled.size() < sampleRows) {
            JsonRecords.Record record = records.next();
            if (record == null) {
                break;
            }
            sampled.add(record);
            names.addAll(record.fields().keySet());
        }
        if (sampled.isEmpty()) {
            throw JsonRecords.invalid(fileName, "has no records");
        }
        if (names.isEmpty()) {
            throw JsonRecords.invalid(fileName, "has only empty records: there are no fields to make columns of");
        }
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            List<Object> values = new ArrayList<>();
            for (JsonRecords.Record record : sampled) {
                values.add(record.fields().get(name));
            }
            columns.add(new Column(name.isEmpty() ? "_" : name, JsonTypes.infer(values)));
        }
        return new JsonTableReader(records, sampled, new TableSchema(columns));
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    @Override
    public Optional<ColumnBatch> nextBatch(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        ColumnBatch.Builder batch = ColumnBatch.builder(schema);
        while (batch.rowCount() < maxRows) {
            JsonRecords.Record record = sampled.isEmpty() ? records.next() : sampled.removeFirst();
            if (record == null) {
                break;
            }
            Object[] values = convert(record);
            if (values != null) {
                batch.addRow(values);
            }
        }
        return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
    }

    private Object[] convert(JsonRecords.Record record) {
        Object[] values = new Object[schema.size()];
        for (int c = 0; c < values.length; c++) {
            Column column = schema.column(c);
            Object raw = record.fields().get(column.name());
            Object value = JsonTypes.convert(raw, column.type());
            if (value == JsonTypes.MISFIT) {
                rejected++;
                if (problems.size() < MAX_PROBLEMS) {
                    String text = String.valueOf(raw);
                    problems.add(new RowProblem(Math.max(1, record.line()), "field '" + column.name() + "': '"
                            + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "' is not "
                            + column.type().name().toLowerCase(java.util.Locale.ROOT) + " like the records before it"));
                }
                return null;
            }
            values[c] = value;
        }
        return values;
    }

    @Override
    public long rejectedRows() {
        return rejected;
    }

    @Override
    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        records.close();
    }
}
