package io.lucent.platform.metadata;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import java.util.Map;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/** Applies the Liquibase changelogs: the shared one, and the tenant one into a given schema. */
public final class Migrations {

    static final String SHARED_CHANGELOG = "db/changelog/platform.xml";
    static final String SHARED_INCLUDES = "db/changelog/shared/";
    static final String TENANT_CHANGELOG = "db/changelog/tenant.xml";
    static final String TENANT_INCLUDES = "db/changelog/tenant/";
    /** The PostgreSQL schema of the shared tables. */
    public static final String SHARED_SCHEMA = "lucent";

    private Migrations() {
    }

    /** Migrates the shared tables (in the {@code lucent} schema on PostgreSQL). */
    public static void migrateShared(DataSource dataSource, Dialect dialect) {
        apply(dataSource, SHARED_CHANGELOG, SHARED_INCLUDES, dialect == Dialect.POSTGRES ? SHARED_SCHEMA : null);
    }

    /** Migrates one tenant's tables into {@code schema} (null on SQLite, where there is one tenant). */
    public static void migrateTenant(DataSource dataSource, String schema) {
        apply(dataSource, TENANT_CHANGELOG, TENANT_INCLUDES, schema);
    }

    @SuppressWarnings("deprecation")
    private static void apply(DataSource dataSource, String changelog, String includes, String schema) {
        try (Connection connection = dataSource.getConnection()) {
            if (schema != null) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + SqlIdentifiers.quote(schema));
                }
            }
            String fingerprint = ChangelogFingerprint.of(changelog, includes);
            if (ChangelogFingerprint.isApplied(connection, schema, changelog, fingerprint)) {
                return;
            }
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (schema != null) {
                database.setDefaultSchemaName(schema);
                database.setLiquibaseSchemaName(schema);
            }
            // Liquibase reports through our logger, not straight to standard output. It is not closed: closing it would
            // close the pooled connection with Liquibase's session settings (a search_path naming this schema) still on it.
            Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), database);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> liquibase.update(new Contexts(), new LabelExpression()));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            try (Statement statement = connection.createStatement()) {
                // Back to the session's start-up settings before the connection returns to the pool.
                statement.execute(database.getShortName().equals("postgresql") ? "RESET ALL" : "SELECT 1");
            }
            ChangelogFingerprint.record(connection, schema, changelog, fingerprint);
            connection.setAutoCommit(true);
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Migrating " + changelog + (schema == null ? "" : " into schema " + schema) + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Migrating " + changelog + " failed: " + e.getMessage(), e);
        }
    }
}
