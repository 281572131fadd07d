package io.lucent.platform.jobs;

import java.util.function.Supplier;

/**
 * Retries a SQLite transaction that failed with SQLITE_BUSY. In WAL mode a transaction that read before writing
 * cannot upgrade to a writer once another connection committed, and the busy timeout does not help; starting
 * over does. PostgreSQL transactions run once.
 */
final class SqliteRetry {

    private static final int ATTEMPTS = 100;

    private SqliteRetry() {
    }

    static <R> R run(boolean postgres, Supplier<R> transaction) {
        if (postgres) {
            return transaction.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !busy(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(Math.min(50, attempt * 2L));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean busy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
        }
        return false;
    }
}
