package io.lucent.platform.metadata;

import java.util.Objects;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The metadata database: a pooled data source, its JDBI handle factory and its dialect. Shared tables
 * (tenants, users) are reached through {@link #jdbi()}; tenant-owned tables only through
 * {@link TenantDatabase}.
 *
 * @param dataSource the pooled connections
 * @param jdbi       JDBI over them
 * @param dialect    SQLite or PostgreSQL
 */
public record MetadataDatabase(DataSource dataSource, Jdbi jdbi, Dialect dialect) {

    public MetadataDatabase {
        Objects.requireNonNull(dataSource, "dataSource is null");
        Objects.requireNonNull(jdbi, "jdbi is null");
        Objects.requireNonNull(dialect, "dialect is null");
    }
}
