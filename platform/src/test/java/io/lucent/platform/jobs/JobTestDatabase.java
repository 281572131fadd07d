package io.lucent.platform.jobs;

import io.lucent.platform.metadata.Dialect;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.testing.ExternalServices;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A migrated metadata database for job tests: a SQLite file, or a fresh database on the test PostgreSQL. */
final class JobTestDatabase {

    private JobTestDatabase() {
    }

    static MetadataDatabase create(Dialect dialect, Path directory, Supplier<ExternalServices> services) {
        MetadataDatabase database;
        if (dialect == Dialect.SQLITE) {
            SQLiteDataSource source = new SQLiteDataSource();
            source.setUrl("jdbc:sqlite:" + directory.resolve("jobs.db") + "?journal_mode=WAL&busy_timeout=10000&foreign_keys=true");
            database = new MetadataDatabase(source, Jdbi.create(source), Dialect.SQLITE);
        } else {
            String name = "jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setUrl(services.get().createDatabase(name));
            source.setUser("postgres");
            source.setPassword("postgres");
            source.setCurrentSchema(Migrations.SHARED_SCHEMA);
            database = new MetadataDatabase(source, Jdbi.create(source), Dialect.POSTGRES);
        }
        Migrations.migrateShared(database.dataSource(), dialect);
        return database;
    }

    /** Adds a tenant row (the job tables reference it). */
    static void addTenant(MetadataDatabase database, String id) {
        database.jdbi().useHandle(handle -> handle.createUpdate(
                        "INSERT INTO " + (database.dialect() == Dialect.POSTGRES ? "lucent." : "") + "tenants (id, name, plan, created_at)"
                                + " VALUES (:id, :id, 'standard', CURRENT_TIMESTAMP)")
                .bind("id", id).execute());
    }
}
