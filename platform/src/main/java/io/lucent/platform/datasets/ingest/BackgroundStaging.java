package io.lucent.platform.datasets.ingest;

import io.lucent.platform.datasets.query.DuckDbEngine;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.duckdb.DuckDBConnection;

/**
 * A staging database for one import, opened on a thread of its own while the caller does other work (the connector
 * samples the file), and closed on a thread of its own once the caller is done with it, so that neither opening
 * nor freeing the in-memory database adds to the upload's wall time. Everything the import keeps is written before
 * the caller closes this (the database is in memory; spill files are DuckDB's own and go with it).
 */
public final class BackgroundStaging implements AutoCloseable {

    private static final Executor OWN_THREAD = task -> {
        Thread thread = new Thread(task, "dataset-staging");
        thread.setDaemon(true);
        thread.start();
    };

    private final CompletableFuture<DuckDBConnection> opening;
    private volatile CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);

    private BackgroundStaging(CompletableFuture<DuckDBConnection> opening) {
        this.opening = opening;
    }

    /** Starts opening a staging database of {@code engine}. */
    public static BackgroundStaging open(DuckDbEngine engine) {
        return new BackgroundStaging(CompletableFuture.supplyAsync(engine::staging, OWN_THREAD));
    }

    /** The database, once open; a failure to open it is thrown as {@link DuckDbEngine#staging()} throws it. */
    public DuckDBConnection connection() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes the database on another thread (after it has opened, if it is still opening). */
    @Override
    public void close() {
        closing = opening.thenAcceptAsync(BackgroundStaging::closeQuietly, OWN_THREAD);
    }

    /** Completes once the database is closed (for tests). */
    CompletableFuture<Void> closing() {
        return closing;
    }

    private static void closeQuietly(DuckDBConnection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // An in-memory database we are done with; nothing to recover.
        }
    }
}
