package io.lucent.plugin.api.data;

import java.util.List;
import java.util.Objects;

/**
 * One column of a {@link DelimitedLayout}.
 *
 * @param name        the column's name, as in the reader's schema
 * @param type        the type every non-blank field of the column is expected to have
 * @param dateFormats for {@link ColumnType#DATE} and {@link ColumnType#TIMESTAMP} columns, the formats the
 *                    fields may be written in, as C {@code strftime} patterns using only {@code %Y} (four-digit
 *                    year), {@code %y} (two-digit year: 00 to 49 are 2000 to 2049, 50 to 99 are 1950 to 1999),
 *                    {@code %m}, {@code %d}, {@code %H}, {@code %M}, {@code %S} and {@code %f} (fraction of a
 *                    second), where one- or two-digit months, days and hours are both accepted; empty for the
 *                    other types
 * @since 1.1.0
 */
public record DelimitedColumn(String name, ColumnType type, List<String> dateFormats) {

    /**
     * Validates the column.
     *
     * @param name        the {@code name} component
     * @param type        the {@code type} component
     * @param dateFormats the {@code dateFormats} component
     * @throws IllegalArgumentException if a date or timestamp column has no format, or another column has one
     */
    public DelimitedColumn {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        dateFormats = List.copyOf(dateFormats);
        boolean temporal = type == ColumnType.DATE || type == ColumnType.TIMESTAMP;
        if (temporal == dateFormats.isEmpty()) {
            throw new IllegalArgumentException("column '" + name + "': date formats are needed exactly for DATE and TIMESTAMP columns");
        }
    }
}
