package io.lucent.plugin.api.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A batch of rows stored column by column. Immutable and thread-safe.
 *
 * <p>Each value is {@code null} (missing) or an instance of its column's {@link ColumnType#javaType()}.
 * Build batches with {@link #builder(TableSchema)}.
 */
public final class ColumnBatch {

    private final TableSchema schema;
    private final Object[][] columns;
    private final int rowCount;

    private ColumnBatch(TableSchema schema, Object[][] columns, int rowCount) {
        this.schema = schema;
        this.columns = columns;
        this.rowCount = rowCount;
    }

    /**
     * Starts a batch of the given schema.
     *
     * @param schema the columns
     * @return a builder, not thread-safe
     */
    public static Builder builder(TableSchema schema) {
        return new Builder(schema);
    }

    /**
     * The columns of this batch.
     *
     * @return the schema
     */
    public TableSchema schema() {
        return schema;
    }

    /**
     * How many rows this batch holds.
     *
     * @return the row count, possibly zero
     */
    public int rowCount() {
        return rowCount;
    }

    /**
     * One value.
     *
     * @param row    the zero-based row
     * @param column the zero-based column
     * @return the value, or {@code null} if missing
     * @throws IndexOutOfBoundsException if the row or column is out of range
     */
    public Object value(int row, int column) {
        Objects.checkIndex(row, rowCount);
        return columns[column][row];
    }

    /**
     * All values of one column, in row order.
     *
     * @param column the zero-based column
     * @return an unmodifiable list that may contain {@code null}s
     */
    public List<Object> column(int column) {
        return Collections.unmodifiableList(Arrays.asList(columns[column]).subList(0, rowCount));
    }

    /**
     * One row's values, in column order.
     *
     * @param row the zero-based row
     * @return an unmodifiable list that may contain {@code null}s
     */
    public List<Object> row(int row) {
        Objects.checkIndex(row, rowCount);
        List<Object> values = new ArrayList<>(columns.length);
        for (Object[] column : columns) {
            values.add(column[row]);
        }
        return Collections.unmodifiableList(values);
    }

    /** Collects rows for a {@link ColumnBatch}. Not thread-safe; use one builder per thread. */
    public static final class Builder {
        private final TableSchema schema;
        private Object[][] columns;
        private int rowCount;

        private Builder(TableSchema schema) {
            this.schema = Objects.requireNonNull(schema, "schema is null");
            this.columns = new Object[schema.size()][16];
        }

        /**
         * Appends one row.
         *
         * @param values one value per column, in schema order; {@code null} for missing
         * @return this builder
         * @throws IllegalArgumentException if the number of values differs from the number of columns or a
         *                                  value is not of its column's Java type
         */
        public Builder addRow(Object... values) {
            if (values.length != columns.length) {
                throw new IllegalArgumentException(
                        "row has " + values.length + " values but the schema has " + columns.length + " columns");
            }
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                Column column = schema.column(c);
                if (value != null && !column.type().javaType().isInstance(value)) {
                    throw new IllegalArgumentException("column '" + column.name() + "' expects "
                            + column.type().javaType().getSimpleName() + " but got " + value.getClass().getSimpleName());
                }
            }
            if (columns.length > 0 && rowCount == columns[0].length) {
                grow();
            }
            for (int c = 0; c < values.length; c++) {
                columns[c][rowCount] = values[c];
            }
            rowCount++;
            return this;
        }

        /**
         * How many rows have been added so far.
         *
         * @return the row count
         */
        public int rowCount() {
            return rowCount;
        }

        /**
         * Builds the batch. The builder may be reused afterwards; later rows do not affect the built batch.
         *
         * @return the batch
         */
        public ColumnBatch build() {
            Object[][] copy = new Object[columns.length][];
            for (int c = 0; c < columns.length; c++) {
                copy[c] = Arrays.copyOf(columns[c], rowCount);
            }
            return new ColumnBatch(schema, copy, rowCount);
        }

        private void grow() {
            int capacity = Math.max(16, columns[0].length * 2);
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], capacity);
            }
        }
    }
}
