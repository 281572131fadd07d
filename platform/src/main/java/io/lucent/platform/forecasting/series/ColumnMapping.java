package io.lucent.platform.forecasting.series;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which dataset columns hold the date, the entity id, the entity name (optional) and the value. Each defaults to
 * the standard layout ({@code Date}, {@code Entity_ID}, {@code Entity_Name}, {@code Volume}); names match
 * case-insensitively.
 *
 * @param date       the date column, or null for {@code Date}
 * @param entityId   the entity id column, or null for {@code Entity_ID}
 * @param entityName the entity name column, or null for {@code Entity_Name} if present
 * @param value      the value column, or null for {@code Volume}
 * @param duplicates what several rows of one entity in one period become: sum (default), mean, first or last (by
 *                   date within the period, then file order), or drop (the period becomes missing)
 */
public record ColumnMapping(String date, String entityId, String entityName, String value, String duplicates) {

    public static final ColumnMapping DEFAULTS = new ColumnMapping(null, null, null, null, null);

    /** The ways to combine rows that fall in one period. */
    static final java.util.List<String> DUPLICATES = java.util.List.of("sum", "mean", "first", "last", "drop");

    public ColumnMapping(String date, String entityId, String entityName, String value) {
        this(date, entityId, entityName, value, null);
    }

    /** The mapping resolved against a dataset's columns, with their exact names and the duplicate rule. */
    public record Resolved(String date, String entityId, Optional<String> entityName, String value, String duplicates) {

        public Resolved(String date, String entityId, Optional<String> entityName, String value) {
            this(date, entityId, entityName, value, "sum");
        }
    }

    /** Resolves every role to an existing column; 400 listing the dataset's columns otherwise. */
    public Resolved resolve(List<DatasetColumn> columns) {
        String dateColumn = find(columns, date, "Date", "date");
        String idColumn = find(columns, entityId, "Entity_ID", "entity id");
        String valueColumn = find(columns, value, "Volume", "value");
        Optional<String> nameColumn = entityName == null
                ? columns.stream().map(DatasetColumn::name).filter(n -> n.equalsIgnoreCase("Entity_Name")).findFirst()
                : Optional.of(find(columns, entityName, entityName, "entity name"));
        String rule = duplicates == null || duplicates.isBlank() ? "sum" : duplicates.trim().toLowerCase(Locale.ROOT);
        if (!DUPLICATES.contains(rule)) {
            throw LucentException.invalid("duplicates must be one of " + DUPLICATES);
        }
        return new Resolved(dateColumn, idColumn, nameColumn, valueColumn, rule);
    }

    private static String find(List<DatasetColumn> columns, String wanted, String fallback, String role) {
        String name = wanted == null || wanted.isBlank() ? fallback : wanted;
        return columns.stream().map(DatasetColumn::name).filter(n -> n.equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new LucentException(io.lucent.platform.errors.ErrorCode.INVALID_REQUEST,
                        "The dataset has no column '" + name + "' for the " + role + "; map one of its columns "
                                + columns.stream().map(DatasetColumn::name).toList() + " with columns." + roleKey(role),
                        Map.of("role", role, "column", name, "columns", columns.stream().map(DatasetColumn::name).toList())));
    }

    private static String roleKey(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "entity id" -> "entityId";
            case "entity name" -> "entityName";
            default -> role;
        };
    }
}
