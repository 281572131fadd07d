package io.lucent.plugins.connector.parquet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/** Writes Parquet files for tests with DuckDB. */
final class ParquetFiles {

    private ParquetFiles() {
    }

    /** The bytes of a Parquet file holding {@code query}'s rows. */
    static byte[] of(String query) {
        try {
            Path file = Files.createTempFile("test-", ".parquet");
            Files.delete(file);
            try (Connection connection = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                 Statement statement = connection.createStatement()) {
                statement.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
