package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.DuckTypes;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads a connector's {@link TableReader} into a table of a staging DuckDB database through the appender, a batch
 * at a time, stopping with 422 as soon as the row limit is passed. The connector parses the next batches on
 * another thread while this one appends ({@link BatchPrefetcher}), so parsing and loading overlap.
 */
public final class TableLoader {

    /** Rows asked of the reader per batch. */
    static final int BATCH_ROWS = 8192;

    private TableLoader() {
    }

    /** Creates {@code table} with the reader's schema and appends every row the reader returns. */
    public static LoadResult load(TableReader reader, String connectorId, DuckDBConnection staging, String table, long maxRows) {
        TableSchema schema = PluginReads.call(reader, connectorId, reader::schema);
        if (schema.size() == 0) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "The file has no columns");
        }
        List<ColumnType> types = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        for (Column column : schema.columns()) {
            types.add(column.type());
            definitions.add(DuckDbEngine.identifier(column.name()) + " " + DuckTypes.sqlType(column.type()));
        }
        long rows = 0;
        try {
            try (Statement statement = staging.createStatement()) {
                statement.execute("CREATE TABLE " + DuckDbEngine.identifier(table) + " (" + String.join(", ", definitions) + ")");
            }
            try (DuckDBAppender appender = staging.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
                 BatchPrefetcher batches = BatchPrefetcher.start(reader, connectorId, BATCH_ROWS)) {
                while (true) {
                    Optional<ColumnBatch> next = batches.next();
                    if (next.isEmpty()) {
                        break;
                    }
                    ColumnBatch batch = next.get();
                    rows += batch.rowCount();
                    if (rows > maxRows) {
                        throw tooManyRows(maxRows);
                    }
                    append(appender, batch, types);
                }
            }
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Loading the rows failed: " + e.getMessage(), Map.of(), e);
        }
        long rejected = PluginReads.call(reader, connectorId, reader::rejectedRows);
        return new LoadResult(schema, rows, rejected, PluginReads.call(reader, connectorId, reader::problems));
    }

    /** The 422 for a file above the row limit. */
    static LucentException tooManyRows(long maxRows) {
        return new LucentException(ErrorCode.UNPROCESSABLE, "The file has more than the limit of " + maxRows + " rows (maxRows)",
                Map.of("limit", "maxRows", "maxRows", maxRows));
    }

    private static void append(DuckDBAppender appender, ColumnBatch batch, List<ColumnType> types) throws SQLException {
        int columns = types.size();
        for (int row = 0; row < batch.rowCount(); row++) {
            appender.beginRow();
            for (int c = 0; c < columns; c++) {
                Object value = batch.value(row, c);
                if (value == null) {
                    appender.appendNull();
                    continue;
                }
                switch (types.get(c)) {
                    case INTEGER -> appender.append(((Long) value).longValue());
                    case DECIMAL -> appender.append(((Double) value).doubleValue());
                    case BOOLEAN -> appender.append(((Boolean) value).booleanValue());
                    case DATE -> appender.append((LocalDate) value);
                    case TIMESTAMP -> appender.append((LocalDateTime) value);
                    case TEXT -> appender.append((String) value);
                }
            }
            appender.endRow();
        }
    }
}
