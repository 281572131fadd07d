package io.lucent.platform.datasets;

import io.lucent.plugin.api.data.ColumnType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/**
 * One column of a dataset version.
 *
 * @param name the column name as in the source
 * @param type integer, decimal, boolean, date, timestamp or text
 */
@Schema(description = "A column and its type")
public record DatasetColumn(String name,
                            @Schema(allowableValues = {"integer", "decimal", "boolean", "date", "timestamp", "text"}) String type) {

    public static DatasetColumn of(String name, ColumnType type) {
        return new DatasetColumn(name, wireName(type));
    }

    /** The column's type as the plugin API's enum. */
    public ColumnType columnType() {
        return parseType(type);
    }

    public static String wireName(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire type name; null if it is none. */
    public static ColumnType parseType(String name) {
        for (ColumnType type : ColumnType.values()) {
            if (type.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
                return type;
            }
        }
        return null;
    }
}
