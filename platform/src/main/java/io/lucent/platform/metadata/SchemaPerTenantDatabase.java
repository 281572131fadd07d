package io.lucent.platform.metadata;

import com.google.common.base.Suppliers;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SaaS mode on PostgreSQL: each tenant's tables in its own schema, readable and writable only by that tenant's
 * own database role (NOLOGIN, created at provisioning). Every unit of work runs in a transaction that sets, with
 * {@code SET LOCAL}, the {@code search_path} to that schema alone and the current role to the tenant's role. Both
 * end with the transaction, so a pooled connection carries nothing to the next request; and a wrong schema (a
 * bug in a path, a qualified name) fails with "permission denied" instead of reaching another tenant's tables or
 * the shared {@code lucent} schema.
 *
 * <p>The database user Lucent connects with must be able to create roles (CREATEROLE) to provision tenants.
 */
public final class SchemaPerTenantDatabase implements TenantDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaPerTenantDatabase.class);
    private static final List<String> MIGRATION_TABLES = List.of("databasechangelog", "databasechangeloglock",
            "lucent_changelog_fingerprint");

    private final MetadataDatabase database;
    private final Supplier<String> databaseName;

    public SchemaPerTenantDatabase(MetadataDatabase database) {
        this.database = database;
        this.databaseName = Suppliers.memoize(() -> database.jdbi().withHandle(
                handle -> handle.createQuery("SELECT current_database()").mapTo(String.class).one()));
    }

    @Override
    public <R> R inTenant(TenantContext tenant, HandleCallback<R, RuntimeException> work) {
        String schema = SqlIdentifiers.quote(SqlIdentifiers.tenantSchema(tenant.tenantId()));
        String role = SqlIdentifiers.quote(TenantRoles.roleName(databaseName.get(), tenant.tenantId()));
        try (Handle handle = database.jdbi().open()) {
            if (handle.isInTransaction()) {
                // A pooled connection left inside a transaction: tenant settings made now would outlive this work.
                LOG.warn("A pooled connection came back inside a transaction; rolling it back before tenant work");
                handle.rollback();
                handle.getConnection().setAutoCommit(true);
            }
            return handle.inTransaction(transaction -> {
                transaction.execute("SET LOCAL search_path TO " + schema);
                transaction.execute("SET LOCAL ROLE " + role);
                return work.withHandle(transaction);
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset a pooled connection: " + e.getMessage(), e);
        }
    }

    /** Migrates the tenant's schema, then creates its role and grants it the schema's tables (and nothing else). */
    @Override
    public void provision(String tenantId) {
        String schemaName = SqlIdentifiers.tenantSchema(tenantId);
        Migrations.migrateTenant(database.dataSource(), schemaName);
        String schema = SqlIdentifiers.quote(schemaName);
        String role = SqlIdentifiers.quote(TenantRoles.roleName(databaseName.get(), tenantId));
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("DO $$ BEGIN CREATE ROLE " + role + " NOLOGIN NOINHERIT; "
                    + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            statement.execute("GRANT " + role + " TO CURRENT_USER");
            statement.execute("REVOKE ALL ON SCHEMA " + schema + " FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
            for (String table : tables(connection, schemaName)) {
                statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + schema + "." + SqlIdentifiers.quote(table) + " TO " + role);
            }
            statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("Granting tenant " + tenantId + " its database role failed: " + e.getMessage(), e);
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var query = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
            query.setString(1, schema);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!MIGRATION_TABLES.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        }
        return tables;
    }
}
