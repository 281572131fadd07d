package io.lucent.plugin.api.data;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered columns of a table.
 *
 * @param columns the columns, with unique names
 */
public record TableSchema(List<Column> columns) {

    /**
     * Validates that names are unique.
     *
     * @param columns the {@code columns} component
     * @throws IllegalArgumentException if two columns share a name
     */
    public TableSchema {
        columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("column '" + column.name() + "' appears twice");
            }
        }
    }

    /**
     * A schema of the given columns.
     *
     * @param columns the columns
     * @return the schema
     */
    public static TableSchema of(Column... columns) {
        return new TableSchema(List.of(columns));
    }

    /**
     * How many columns there are.
     *
     * @return the column count
     */
    public int size() {
        return columns.size();
    }

    /**
     * The column at a position.
     *
     * @param index the zero-based position
     * @return the column
     */
    public Column column(int index) {
        return columns.get(index);
    }

    /**
     * The position of the column with the given name.
     *
     * @param name the exact column name
     * @return the zero-based position, if such a column exists
     */
    public Optional<Integer> indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
