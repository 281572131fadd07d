package io.lucent.plugin.api.data;

import java.util.Objects;

/**
 * A named, typed column.
 *
 * @param name the column name as the source spells it, not empty
 * @param type the type of its values
 */
public record Column(String name, ColumnType type) {

    /**
     * Validates the column.
     *
     * @param name the {@code name} component
     * @param type the {@code type} component
     * @throws IllegalArgumentException if the name is empty
     */
    public Column {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("column name is empty");
        }
    }
}
