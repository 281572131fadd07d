package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Reads typed values of a metric table by column name; absent or mistyped columns read as {@code null}. */
record MetricReader(ColumnBatch batch, Set<String> usable) {

    /** The columns of the batch whose type matches the contract (an INTEGER column may stand for a DECIMAL one). */
    static Set<String> usable(ColumnBatch batch, Map<String, ColumnType> contract) {
        Set<String> usable = new HashSet<>();
        for (Column column : batch.schema().columns()) {
            ColumnType declared = contract.get(column.name());
            if (declared != null && (declared == column.type() || declared == ColumnType.DECIMAL && column.type() == ColumnType.INTEGER)) {
                usable.add(column.name());
            }
        }
        return usable;
    }

    private Object value(int row, String name) {
        if (!usable.contains(name)) {
            return null;
        }
        return batch.value(row, batch.schema().indexOf(name).orElseThrow());
    }

    String text(int row, String name) {
        return (String) value(row, name);
    }

    /** A finite number, or null. */
    Double number(int row, String name) {
        Object value = value(row, name);
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        return null;
    }

    Long whole(int row, String name) {
        return (Long) value(row, name);
    }

    LocalDate date(int row, String name) {
        return (LocalDate) value(row, name);
    }
}
