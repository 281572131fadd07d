package io.lucent.platform.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/** The real retail exports in {@code ../shared/data/retail}, opened in DuckDB as the view {@code data}; tests skip without them. */
final class RetailData {

    private RetailData() {
    }

    static Path require(String name) {
        Path directory = Path.of(System.getProperty("lucent.test.config", "config")).toAbsolutePath().normalize()
                .getParent().getParent().resolve("shared/data/retail");
        Path file = directory.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "the real retail data is not here (" + file
                + "): it lives next to the checkout in CI; skipping");
        return file;
    }

    /** An in-memory DuckDB whose view {@code data} reads the CSV file. */
    static Connection open(Path csv) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE VIEW data AS SELECT * FROM read_csv_auto(" + Sql.literal(csv.toString()) + ")");
        }
        return connection;
    }
}
