package io.lucent.platform.datasets.query;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Pages through a dataset version with optional filters and sort keys, on a sandboxed connection. */
public final class Previewer {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    private final SandboxPool sandboxes;

    public Previewer(SandboxPool sandboxes) {
        this.sandboxes = sandboxes;
    }

    /** A page of the rows of {@code parquet} whose columns are {@code columns} and which holds {@code rowCount} rows. */
    public Preview page(Path parquet, List<DatasetColumn> columns, long rowCount, long offset, int limit, List<String> sorts,
                        List<String> filters) {
        if (offset < 0) {
            throw LucentException.invalid("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw LucentException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        List<Filter> conditions = filters.stream().map(f -> Filter.parse(f, columns)).toList();
        List<Sorting> order = sorts.stream().filter(s -> !s.isBlank()).map(s -> Sorting.parse(s, columns)).toList();
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions.stream().map(Filter::sql).toList());
        String orderBy = order.isEmpty() ? "" : " ORDER BY " + String.join(", ", order.stream().map(Sorting::sql).toList());
        return sandboxes.query(parquet, connection -> {
            long total = rowCount;
            if (!conditions.isEmpty()) {
                try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM data" + where)) {
                    bind(count, conditions);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM data" + where + orderBy + " LIMIT ? OFFSET ?")) {
                int next = bind(select, conditions);
                select.setInt(next, limit);
                select.setLong(next + 1, offset);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(columns.size());
                        for (int c = 0; c < columns.size(); c++) {
                            row.add(Values.read(rs, c + 1, columns.get(c).columnType()));
                        }
                        rows.add(Collections.unmodifiableList(row));
                    }
                }
            }
            return new Preview(columns, rows, offset, limit, total);
        });
    }

    private static int bind(PreparedStatement statement, List<Filter> conditions) throws java.sql.SQLException {
        int index = 1;
        for (Filter filter : conditions) {
            if (filter.value() != null) {
                statement.setObject(index++, filter.value());
            }
        }
        return index;
    }
}
