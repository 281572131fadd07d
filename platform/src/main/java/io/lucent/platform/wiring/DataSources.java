package io.lucent.platform.wiring;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.lucent.platform.config.DatabaseConfig;
import io.lucent.platform.metadata.Migrations;
import java.nio.file.Path;
import java.util.Map;

/** Builds the pooled metadata data source for each mode. */
final class DataSources {

    private DataSources() {
    }

    static ManagedDataSource sqlite(Path file, MetricRegistry metrics) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.sqlite.JDBC");
        factory.setUrl("jdbc:sqlite:" + file + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true&synchronous=NORMAL");
        factory.setUser("");
        factory.setPassword("");
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(8);
        factory.setValidationQuery("SELECT 1");
        return factory.build(metrics, "metadata");
    }

    static ManagedDataSource postgres(DatabaseConfig config, MetricRegistry metrics) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(config.getUrl());
        factory.setUser(config.getUser());
        factory.setPassword(config.getPassword());
        factory.setInitialSize(1);
        factory.setMinSize(1);
        factory.setMaxSize(config.getMaxPoolSize());
        factory.setValidationQuery("SELECT 1");
        factory.setProperties(Map.of("currentSchema", Migrations.SHARED_SCHEMA, "ApplicationName", "lucent"));
        return factory.build(metrics, "metadata");
    }
}
