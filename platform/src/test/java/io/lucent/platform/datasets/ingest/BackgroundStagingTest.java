package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.datasets.query.DuckDbEngine;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundStagingTest {

    @TempDir
    Path temp;

    @Test
    void givesAStagingDatabaseWithTheEnginesSettingsAndClosesItOnceDone() throws Exception {
        DuckDbEngine engine = new DuckDbEngine("256MB", 1, temp.resolve("spill"));
        DuckDBConnection connection;
        BackgroundStaging staging = BackgroundStaging.open(engine);
        try (staging) {
            connection = staging.connection();
            try (Statement statement = connection.createStatement();
                 ResultSet threads = statement.executeQuery("SELECT current_setting('threads')")) {
                threads.next();
                assertThat(threads.getLong(1)).isEqualTo(1);
            }
        }
        staging.closing().join();
        assertThat(connection.isClosed()).isTrue();
    }
}
