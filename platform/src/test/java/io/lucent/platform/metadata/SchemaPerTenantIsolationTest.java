package io.lucent.platform.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Schema-per-tenant isolation on a real PostgreSQL: each tenant's transaction runs as the tenant's own role with
 * its own schema as the only search path, so reaching another tenant's schema or the shared schema fails closed,
 * and nothing of it stays on the pooled connections afterwards.
 */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchemaPerTenantIsolationTest {

    private static final int POOL_SIZE = 3;
    private static final TenantContext ALPHA = new TenantContext("alpha", "alpha-admin", Role.ADMIN);
    private static final TenantContext BETA = new TenantContext("beta", "beta-admin", Role.ADMIN);

    private ManagedDataSource dataSource;
    private SchemaPerTenantDatabase tenants;
    private Map<String, String> freshSessionState;

    @BeforeAll
    void start(Supplier<ExternalServices> services) throws Exception {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(services.get().createDatabase("schema_isolation"));
        factory.setUser("postgres");
        factory.setPassword("postgres");
        factory.setMinSize(1);
        factory.setInitialSize(1);
        factory.setMaxSize(POOL_SIZE);
        factory.setProperties(Map.of("currentSchema", Migrations.SHARED_SCHEMA));
        dataSource = factory.build(new MetricRegistry(), "isolation-test");
        dataSource.start();
        Migrations.migrateShared(dataSource, Dialect.POSTGRES);
        MetadataDatabase database = new MetadataDatabase(dataSource, Jdbi.create(dataSource), Dialect.POSTGRES);
        try (Connection connection = dataSource.getConnection()) {
            freshSessionState = sessionState(connection);
        }
        tenants = new SchemaPerTenantDatabase(database);
        tenants.provision(ALPHA.tenantId());
        tenants.provision(BETA.tenantId());
    }

    @AfterAll
    void stop() throws Exception {
        dataSource.stop();
    }

    @Test
    void eachTenantSeesOnlyItsOwnRows() {
        insertAuditRow(ALPHA, "alpha-secret");
        assertThat(auditResources(ALPHA)).contains("alpha-secret");
        assertThat(auditResources(BETA)).doesNotContain("alpha-secret");
    }

    @Test
    void aQualifiedNameOfAnotherTenantsSchemaFailsWithPermissionDenied() {
        insertAuditRow(BETA, "beta-secret");
        assertThatThrownBy(() -> tenants.inTenant(ALPHA, handle -> handle.createQuery("SELECT resource_id FROM tenant_beta.audit_log")
                .mapTo(String.class).list()))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theSharedSchemaIsOutOfReachInsideATenantTransaction() {
        assertThatThrownBy(() -> tenants.inTenant(ALPHA, handle -> handle.createQuery("SELECT email FROM lucent.users")
                .mapTo(String.class).list()))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void pooledConnectionsCarryNoTenantStateAfterTenantWork() throws Exception {
        for (int i = 0; i < 10; i++) {
            insertAuditRow(i % 2 == 0 ? ALPHA : BETA, "row-" + i);
        }
        assertThatThrownBy(() -> tenants.inTenant(ALPHA, handle -> handle.execute("SELECT * FROM tenant_beta.audit_log")));
        // Hold every connection of the pool at once: each one that did tenant work is among them.
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                all.add(dataSource.getConnection());
            }
            for (Connection connection : all) {
                assertThat(sessionState(connection)).isEqualTo(freshSessionState);
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
        assertThat(freshSessionState.get("role")).isEqualTo("none");
        assertThat(freshSessionState.get("autocommit")).as("no connection comes back inside a transaction").isEqualTo("true");
        assertThat(freshSessionState.get("search_path")).doesNotContain("tenant_");
    }

    private void insertAuditRow(TenantContext tenant, String resourceId) {
        tenants.inTenant(tenant, handle -> handle.createUpdate("INSERT INTO audit_log (id, occurred_ms, actor_id, action, resource_type, "
                        + "resource_id, outcome, details_json) VALUES (:id, 0, 'test', 'test', 'test', :resource, 'success', '{}')")
                .bind("id", java.util.UUID.randomUUID().toString()).bind("resource", resourceId).execute());
    }

    private List<String> auditResources(TenantContext tenant) {
        return tenants.inTenant(tenant, handle -> handle.createQuery("SELECT resource_id FROM audit_log").mapTo(String.class).list());
    }

    private static Map<String, String> sessionState(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_user, current_setting('search_path'), current_setting('role')")) {
            row.next();
            return Map.of("current_user", row.getString(1), "search_path", row.getString(2), "role", row.getString(3),
                    "autocommit", Boolean.toString(connection.getAutoCommit()));
        }
    }
}
