package io.lucent.plugin.api.connector;

import java.util.Objects;

/**
 * A table (or view, sheet, collection, endpoint) a live source offers.
 *
 * @param name        the name to pass to {@link Connector#describeTable} and {@link FetchRequest#table()},
 *                    qualified as the source needs it (for example {@code "public.orders"})
 * @param description a short description, may be empty
 */
public record TableInfo(String name, String description) {

    /**
     * Validates the table info.
     *
     * @param name the {@code name} component
     * @param description the {@code description} component
     */
    public TableInfo {
        Objects.requireNonNull(name, "name is null");
        description = description == null ? "" : description;
    }
}
