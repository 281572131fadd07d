package io.lucent.plugin.api.insight;

import io.lucent.plugin.api.data.ColumnBatch;
import java.util.Objects;

/**
 * A table of computed metrics handed to rule packs, for example one row per product with its velocity and
 * stock.
 *
 * @param name        the metric table's name, one of the names in {@link InsightInput}
 * @param description what one row holds
 * @param rows        the rows
 */
public record MetricTable(String name, String description, ColumnBatch rows) {

    /**
     * Validates the table.
     *
     * @param name the {@code name} component
     * @param description the {@code description} component
     * @param rows the {@code rows} component
     */
    public MetricTable {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(rows, "rows is null");
        description = description == null ? "" : description;
    }
}
