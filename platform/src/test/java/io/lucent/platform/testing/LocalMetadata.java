package io.lucent.platform.testing;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantDirectory;
import java.nio.file.Path;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

/**
 * Local mode's metadata for tests that build services by hand: a migrated SQLite database in {@code lucent.db},
 * with foreign keys enforced as local mode runs it, and the local tenant created.
 *
 * @param database       the shared metadata database
 * @param tenantDatabase the local tenant's tables
 * @param tenants        the tenant directory (the local tenant exists)
 */
public record LocalMetadata(MetadataDatabase database, SingleTenantDatabase tenantDatabase, TenantDirectory tenants) {

    /** Creates the database in {@code directory}; {@code clock} is the tenant directory's. */
    public static LocalMetadata create(Path directory, Clock clock) {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + directory.resolve("lucent.db") + "?foreign_keys=true");
        Migrations.migrateShared(dataSource, Dialect.SQLITE);
        MetadataDatabase database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.SQLITE);
        SingleTenantDatabase tenantDatabase = new SingleTenantDatabase(database, TenantContext.LOCAL.tenantId());
        TenantDirectory tenants = new TenantDirectory(database, tenantDatabase, clock);
        tenants.ensure(TenantContext.LOCAL.tenantId(), "Local");
        return new LocalMetadata(database, tenantDatabase, tenants);
    }
}
