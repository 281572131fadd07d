package io.lucent.platform.datasets.query;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * Opens in-process DuckDB databases. Two kinds: a <em>staging</em> database for the host's own trusted work
 * (loading an import, writing Parquet), and a <em>sandbox</em> over one Parquet file for user-facing queries,
 * where after the view is created external access is switched off, the one file is the only path allowed and
 * the configuration is locked, so no query can read or write anything else.
 */
public final class DuckDbEngine {

    private static final Pattern MEMORY = Pattern.compile("[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|KiB|MiB|GiB)", Pattern.CASE_INSENSITIVE);

    private final String memoryLimit;
    private final int threads;
    private final Path spillDirectory;

    public DuckDbEngine(String memoryLimit, int threads, Path spillDirectory) {
        if (!MEMORY.matcher(memoryLimit).matches()) {
            throw new IllegalArgumentException("queryMemoryLimit must look like 512MB, not " + memoryLimit);
        }
        this.memoryLimit = memoryLimit;
        this.threads = threads;
        this.spillDirectory = spillDirectory;
        try {
            Files.createDirectories(spillDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + spillDirectory, e);
        }
    }

    /** A trusted in-memory database for the host's own work, spilling to the engine's temp directory. */
    public DuckDBConnection staging() {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET memory_limit = '" + memoryLimit + "'");
                statement.execute("SET threads = " + threads);
                statement.execute("SET temp_directory = " + literal(spillDirectory.toString()));
                statement.execute("SET preserve_insertion_order = true");
                statement.execute("SET autoinstall_known_extensions = false");
                statement.execute("SET autoload_known_extensions = false");
            }
            return connection;
        } catch (SQLException e) {
            throw failure("open the staging database", e);
        }
    }

    /**
     * A locked-down database whose only table is the view {@code data} over {@code parquet}. Read-only use of
     * that one file is all it can do.
     */
    public DuckDBConnection sandbox(Path parquet) {
        try {
            DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET memory_limit = '" + memoryLimit + "'");
                statement.execute("SET threads = " + threads);
                statement.execute("SET autoinstall_known_extensions = false");
                statement.execute("SET autoload_known_extensions = false");
                statement.execute("SET allowed_paths = [" + literal(parquet.toString()) + "]");
                statement.execute("CREATE VIEW data AS SELECT * FROM read_parquet(" + literal(parquet.toString()) + ")");
                statement.execute("SET enable_external_access = false");
                statement.execute("SET lock_configuration = true");
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            return connection;
        } catch (SQLException e) {
            throw failure("open the dataset", e);
        }
    }

    /** A SQL string literal. */
    public static String literal(String text) {
        if (text.indexOf('\0') >= 0) {
            // DuckDB's parser ends the statement at a NUL, which would leave the literal open (a 500); no stored value has one.
            throw io.lucent.platform.errors.LucentException.invalid("A text value must not contain the NUL character (\\u0000)");
        }
        return "'" + text.replace("'", "''") + "'";
    }

    /** A quoted SQL identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static LucentException failure(String what, SQLException e) {
        return new LucentException(ErrorCode.INTERNAL_ERROR, "Could not " + what + ": " + firstLine(e.getMessage()),
                java.util.Map.of(), e);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing a database we are done with; nothing to recover.
        }
    }
}
