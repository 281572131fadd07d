package io.lucent.plugins.connector.parquet;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.data.Column;
import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.data.TableSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.duckdb.DuckDBDriver;

/** Streams the rows of a Parquet file from an embedded DuckDB result set. Confined to one thread. */
final class ParquetTableReader implements TableReader {

    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final TableSchema schema;
    private final Path file;
    private final String fileName;
    private boolean closed;

    private ParquetTableReader(Connection connection, Statement statement, ResultSet rows, TableSchema schema, Path file, String fileName) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.schema = schema;
        this.file = file;
        this.fileName = fileName;
    }

    static ParquetTableReader open(Path file, String fileName) {
        Connection connection = null;
        try {
            // The driver directly: DriverManager does not see drivers inside a plugin.
            connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
            String path = literal(file.toString());
            try (Statement setup = connection.createStatement()) {
                setup.execute("SET threads = 1");
                setup.execute("SET autoinstall_known_extensions = false");
                setup.execute("SET autoload_known_extensions = false");
                setup.execute("SET allowed_paths = [" + path + "]");
                setup.execute("SET enable_external_access = false");
                setup.execute("SET lock_configuration = true");
            }
            List<Column> columns = new ArrayList<>();
            List<String> select = new ArrayList<>();
            Set<String> names = new HashSet<>();
            try (Statement describe = connection.createStatement();
                 ResultSet described = describe.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + path + ")")) {
                while (described.next()) {
                    String name = described.getString("column_name");
                    ColumnType type = type(described.getString("column_type"));
                    String unique = name.isEmpty() ? "column_" + (columns.size() + 1) : name;
                    for (int n = 2; !names.add(unique); n++) {
                        unique = name + "_" + n;
                    }
                    columns.add(new Column(unique, type));
                    select.add("CAST(" + identifier(name) + " AS " + sqlType(type) + ")");
                }
            }
            if (columns.isEmpty()) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' has no columns");
            }
            Statement statement = connection.createStatement();
            statement.setFetchSize(2048);
            ResultSet rows = statement.executeQuery("SELECT " + String.join(", ", select) + " FROM read_parquet(" + path + ")");
            return new ParquetTableReader(connection, statement, rows, new TableSchema(columns), file, fileName);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' cannot be read as Parquet: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public TableSchema schema() {
        return schema;
    }

    @Override
    public Optional<ColumnBatch> nextBatch(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        if (closed) {
            return Optional.empty();
        }
        ColumnBatch.Builder batch = ColumnBatch.builder(schema);
        Object[] values = new Object[schema.size()];
        try {
            while (batch.rowCount() < maxRows && rows.next()) {
                for (int c = 0; c < values.length; c++) {
                    values[c] = value(c + 1, schema.column(c).type());
                }
                batch.addRow(values.clone());
            }
        } catch (SQLException e) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT, "'" + fileName + "' is damaged: " + firstLine(e.getMessage()), e);
        }
        return batch.rowCount() == 0 ? Optional.empty() : Optional.of(batch.build());
    }

    private Object value(int index, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case INTEGER -> rows.getLong(index);
            case DECIMAL -> rows.getDouble(index);
            case BOOLEAN -> rows.getBoolean(index);
            case DATE -> rows.getObject(index, LocalDate.class);
            case TIMESTAMP -> rows.getObject(index, LocalDateTime.class);
            case TEXT -> rows.getString(index);
        };
        return rows.wasNull() ? null : value;
    }

    static ColumnType type(String duckType) {
        String type = duckType.toUpperCase(Locale.ROOT);
        if (type.equals("BOOLEAN")) {
            return ColumnType.BOOLEAN;
        }
        if (type.equals("TINYINT") || type.equals("SMALLINT") || type.equals("INTEGER") || type.equals("BIGINT")
                || type.equals("UTINYINT") || type.equals("USMALLINT") || type.equals("UINTEGER")) {
            return ColumnType.INTEGER;
        }
        if (type.equals("FLOAT") || type.equals("DOUBLE") || type.startsWith("DECIMAL") || type.equals("HUGEINT") || type.equals("UBIGINT")) {
            return ColumnType.DECIMAL;
        }
        if (type.equals("DATE")) {
            return ColumnType.DATE;
        }
        if (type.startsWith("TIMESTAMP")) {
            return ColumnType.TIMESTAMP;
        }
        return ColumnType.TEXT;
    }

    private static String sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DECIMAL -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            case TIMESTAMP -> "TIMESTAMP";
            case TEXT -> "VARCHAR";
        };
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n")[0];
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            // Done with it.
        } finally {
            closeQuietly(connection);
            deleteQuietly(file);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Done with it.
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temp file; the OS cleans its temp directory.
        }
    }
}
