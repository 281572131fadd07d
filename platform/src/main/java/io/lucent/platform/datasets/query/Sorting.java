package io.lucent.platform.datasets.query;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import java.util.List;

/**
 * One preview sort key: {@code column} ascending or {@code -column} descending, nulls last.
 *
 * @param column     the column
 * @param descending whether to sort descending
 */
public record Sorting(DatasetColumn column, boolean descending) {

    /** Parses a sort key against the dataset's columns. */
    public static Sorting parse(String text, List<DatasetColumn> columns) {
        boolean descending = text.startsWith("-");
        String name = descending || text.startsWith("+") ? text.substring(1) : text;
        return new Sorting(column(name, columns), descending);
    }

    /** The SQL ORDER BY term. */
    public String sql() {
        return DuckDbEngine.identifier(column.name()) + (descending ? " DESC" : " ASC") + " NULLS LAST";
    }

    /** The column of that name (exact, else the only case-insensitive match); 400 listing the columns otherwise. */
    static DatasetColumn column(String name, List<DatasetColumn> columns) {
        for (DatasetColumn column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        List<DatasetColumn> loose = columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).toList();
        if (loose.size() == 1) {
            return loose.get(0);
        }
        throw LucentException.invalid("There is no column '" + name + "'; the columns are "
                + columns.stream().map(DatasetColumn::name).toList());
    }
}
