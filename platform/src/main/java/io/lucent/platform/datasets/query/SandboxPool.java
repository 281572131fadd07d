package io.lucent.platform.datasets.query;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Keeps a few sandboxed DuckDB databases open, one per Parquet file recently queried, so a preview does not pay
 * for opening one. Each query runs on its own duplicate connection of the file's database. Least recently used
 * databases are closed beyond the capacity. Thread-safe.
 */
public final class SandboxPool implements AutoCloseable {

    /** Work on a sandboxed connection. */
    @FunctionalInterface
    public interface Work<R> {
        R run(Connection connection) throws SQLException;
    }

    private final DuckDbEngine engine;
    private final int capacity;
    private final LinkedHashMap<Path, DuckDBConnection> open = new LinkedHashMap<>(16, 0.75f, true);

    public SandboxPool(DuckDbEngine engine, int capacity) {
        this.engine = engine;
        this.capacity = capacity;
    }

    /** Runs {@code work} on a sandboxed connection over {@code parquet}. */
    public <R> R query(Path parquet, Work<R> work) {
        Connection connection = duplicate(parquet);
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw DuckDbEngine.failure("query the dataset", e);
        } finally {
            DuckDbEngine.close(connection);
        }
    }

    /** Closes the databases over files under {@code directory} (their dataset was deleted). */
    public synchronized void evictUnder(Path directory) {
        Iterator<Map.Entry<Path, DuckDBConnection>> entries = open.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Path, DuckDBConnection> entry = entries.next();
            if (entry.getKey().startsWith(directory)) {
                DuckDbEngine.close(entry.getValue());
                entries.remove();
            }
        }
    }

    private synchronized Connection duplicate(Path parquet) {
        DuckDBConnection base = open.get(parquet);
        if (base == null) {
            base = engine.sandbox(parquet);
            open.put(parquet, base);
            while (open.size() > capacity) {
                Iterator<Map.Entry<Path, DuckDBConnection>> eldest = open.entrySet().iterator();
                DuckDbEngine.close(eldest.next().getValue());
                eldest.remove();
            }
        }
        try {
            return base.duplicate();
        } catch (SQLException e) {
            throw DuckDbEngine.failure("open the dataset", e);
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(DuckDbEngine::close);
        open.clear();
    }
}
