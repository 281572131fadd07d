package io.lucent.platform.datasets;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.DuckTypes;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Changes column types: the current version is cast column by column into a new version (the old one stays). A
 * value that does not convert fails the whole change with 422 and examples, unless the caller asks for such
 * values to become missing.
 */
public final class Retyper {

    /**
     * A re-typing request.
     *
     * @param types         new type per column name (integer, decimal, boolean, date, timestamp, text)
     * @param formats       optional strptime formats per column for text to date/timestamp, e.g. {@code %d/%m/%Y}
     * @param invalidToNull whether values that do not convert become missing instead of failing the change
     */
    public record Request(Map<String, String> types, Map<String, String> formats, boolean invalidToNull) {
        public Request {
            types = types == null ? Map.of() : Map.copyOf(types);
            formats = formats == null ? Map.of() : Map.copyOf(formats);
        }
    }

    private static final int EXAMPLES = 5;

    private final DatasetService datasets;
    private final DatasetRepository repository;
    private final DatasetStore store;
    private final DuckDbEngine engine;
    private final VersionWriter writer;
    private final Clock clock;

    public Retyper(DatasetService datasets, DatasetRepository repository, DatasetStore store, DuckDbEngine engine, VersionWriter writer,
                   Clock clock) {
        this.datasets = datasets;
        this.repository = repository;
        this.store = store;
        this.engine = engine;
        this.writer = writer;
        this.clock = clock;
    }

    /** Re-types the dataset into a new current version and returns it. */
    public StoredDataset retype(TenantContext tenant, String id, Request request) {
        if (request.types().isEmpty()) {
            throw LucentException.invalid("Give at least one column type to change, as {\"types\": {\"column\": \"integer\"}}");
        }
        StoredDataset dataset = datasets.get(tenant, id);
        Map<String, ColumnType> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : request.types().entrySet()) {
            if (dataset.columns().stream().noneMatch(c -> c.name().equals(entry.getKey()))) {
                throw LucentException.invalid("There is no column '" + entry.getKey() + "'; the columns are "
                        + dataset.columns().stream().map(DatasetColumn::name).toList());
            }
            ColumnType type = DatasetColumn.parseType(entry.getValue());
            if (type == null) {
                throw LucentException.invalid("Unknown type '" + entry.getValue() + "' for column '" + entry.getKey()
                        + "'; use integer, decimal, boolean, date, timestamp or text");
            }
            changes.put(entry.getKey(), type);
        }
        Path parquet = datasets.file(dataset);
        List<String> select = new ArrayList<>();
        for (DatasetColumn column : dataset.columns()) {
            String name = DuckDbEngine.identifier(column.name());
            ColumnType target = changes.get(column.name());
            select.add(target == null ? name : conversion(column, target, request.formats().get(column.name())) + " AS " + name);
        }
        String query = "SELECT " + String.join(", ", select) + " FROM read_parquet(" + DuckDbEngine.literal(parquet.toString()) + ")";
        try (DuckDBConnection staging = engine.staging()) {
            requireValidFormats(staging, changes, request.formats());
            if (!request.invalidToNull()) {
                requireConvertible(staging, dataset, changes, request.formats(), parquet);
            }
            int next = repository.versions(tenant, id).stream().mapToInt(DatasetVersion::version).max().orElse(0) + 1;
            VersionWriter.Written written = writer.write(tenant, id, next, staging, query, "retype", dataset.current().rejectedRows(),
                    clock.instant());
            try {
                repository.addVersion(tenant, id, written.version(), written.columns());
            } catch (RuntimeException e) {
                store.deletePrefix(written.version().storageKey());
                throw e;
            }
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Re-typing failed: " + e.getMessage(), Map.of(), e);
        }
        return datasets.get(tenant, id);
    }

    private static String conversion(DatasetColumn column, ColumnType target, String format) {
        String name = DuckDbEngine.identifier(column.name());
        if (format != null && (target == ColumnType.DATE || target == ColumnType.TIMESTAMP)) {
            String parsed = "TRY_STRPTIME(CAST(" + name + " AS VARCHAR), " + DuckDbEngine.literal(format) + ")";
            return target == ColumnType.DATE ? "CAST(" + parsed + " AS DATE)" : parsed;
        }
        if (target == ColumnType.INTEGER && column.columnType() == ColumnType.DECIMAL) {
            return "CASE WHEN " + name + " = TRUNC(" + name + ") THEN TRY_CAST(" + name + " AS BIGINT) END";
        }
        return "TRY_CAST(" + (column.columnType() == ColumnType.TEXT ? "TRIM(" + name + ")" : name) + " AS " + DuckTypes.sqlType(target) + ")";
    }

    /**
     * A format applies to a column re-typed to date or timestamp and must be one DuckDB's strptime reads; 400
     * otherwise (before, a format naming another column was ignored and an unreadable one was a 500).
     */
    private static void requireValidFormats(DuckDBConnection staging, Map<String, ColumnType> changes, Map<String, String> formats) {
        for (Map.Entry<String, String> format : formats.entrySet()) {
            ColumnType target = changes.get(format.getKey());
            if (target != ColumnType.DATE && target != ColumnType.TIMESTAMP) {
                throw LucentException.invalid("formats names '" + format.getKey() + "', which is not re-typed to date or timestamp in 'types'");
            }
            try (java.sql.PreparedStatement check = staging.prepareStatement("SELECT TRY_STRPTIME('2000-01-01', ?)")) {
                check.setString(1, format.getValue());
                check.executeQuery().close();
            } catch (SQLException e) {
                throw LucentException.invalid("The format '" + format.getValue() + "' for column '" + format.getKey()
                        + "' is not a strptime format such as %d/%m/%Y or %Y-%m-%d %H:%M");
            }
        }
    }

    private static void requireConvertible(DuckDBConnection staging, StoredDataset dataset, Map<String, ColumnType> changes,
                                           Map<String, String> formats, Path parquet) throws SQLException {
        Map<String, Object> failures = new LinkedHashMap<>();
        long total = 0;
        try (Statement statement = staging.createStatement()) {
            for (DatasetColumn column : dataset.columns()) {
                ColumnType target = changes.get(column.name());
                if (target == null) {
                    continue;
                }
                String name = DuckDbEngine.identifier(column.name());
                String converted = conversion(column, target, formats.get(column.name()));
                String bad = "FROM read_parquet(" + DuckDbEngine.literal(parquet.toString()) + ") WHERE " + name + " IS NOT NULL AND "
                        + converted + " IS NULL";
                long count;
                try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) " + bad)) {
                    rs.next();
                    count = rs.getLong(1);
                }
                if (count == 0) {
                    continue;
                }
                List<String> examples = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT DISTINCT CAST(" + name + " AS VARCHAR) " + bad + " LIMIT " + EXAMPLES)) {
                    while (rs.next()) {
                        examples.add(rs.getString(1));
                    }
                }
                total += count;
                failures.put(column.name(), Map.of("values", count, "examples", examples));
            }
        }
        if (total > 0) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, total + " value" + (total == 1 ? "" : "s")
                    + " would not convert, so nothing was changed; send invalidToNull=true to make them missing",
                    Map.of("columns", failures));
        }
    }
}
