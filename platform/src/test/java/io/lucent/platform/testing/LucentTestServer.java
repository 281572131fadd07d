package io.lucent.platform.testing;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.lucent.platform.LucentApplication;
import io.lucent.platform.config.LucentConfiguration;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Invocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.client.JerseyClientBuilder;

/**
 * A real Lucent server for integration tests, started from the shipped config file of its mode
 * ({@code config/local.yml} or {@code config/saas.yml}) with test overrides: a temporary data directory, a
 * given plugins directory, a random port, and in SaaS mode a real PostgreSQL and Redis.
 */
public final class LucentTestServer implements AutoCloseable {

    /** Which mode a test server runs in. */
    public enum TestMode {
        LOCAL,
        SAAS
    }

    private final TestMode mode;
    private final DropwizardTestSupport<LucentConfiguration> support;
    private final Client client;

    private LucentTestServer(TestMode mode, DropwizardTestSupport<LucentConfiguration> support) {
        this.mode = mode;
        this.support = support;
        this.client = JerseyClientBuilder.createClient();
    }

    /**
     * Starts a server.
     *
     * @param mode      local or SaaS
     * @param dataDir   an empty temporary directory
     * @param pluginDir the plugins directory
     * @param services  PostgreSQL and Redis (SaaS mode only; may be null for local)
     * @param database  a fresh database name for this server (SaaS mode only)
     * @param overrides further config overrides, e.g. {@code ConfigOverride.config("plugins.disabled[0]", "x")}
     */
    public static LucentTestServer start(TestMode mode, Path dataDir, Path pluginDir, ExternalServices services, String database,
                                         ConfigOverride... overrides) throws Exception {
        return start(mode, dataDir, pluginDir, services, database, NO_MAIL_SERVER_PORT, overrides);
    }

    /** No mail server listens here: SaaS servers of tests that read no mail send it nowhere. */
    private static final int NO_MAIL_SERVER_PORT = 2525;

    /**
     * Starts a SaaS server that sends mail to an SMTP server on 127.0.0.1:{@code smtpPort} (e.g. GreenMail in the test).
     * Overrides must not repeat a key set here: Dropwizard applies them in no fixed order.
     */
    public static LucentTestServer start(TestMode mode, Path dataDir, Path pluginDir, ExternalServices services, String database,
                                         int smtpPort, ConfigOverride... overrides) throws Exception {
        return launch(mode, dataDir, pluginDir, services, mode == TestMode.SAAS ? services.createDatabase(database) : null, smtpPort, overrides);
    }

    /**
     * Starts another node of {@code first}'s SaaS deployment: the same PostgreSQL database and Redis, its own data
     * directory, plugins directory and ports (an API node and a worker node, for example).
     */
    public static LucentTestServer startNode(LucentTestServer first, Path dataDir, Path pluginDir, ExternalServices services,
                                             ConfigOverride... overrides) throws Exception {
        if (first.mode != TestMode.SAAS) {
            throw new IllegalArgumentException("only SaaS deployments have several nodes");
        }
        return launch(TestMode.SAAS, dataDir, pluginDir, services, first.configuration().getDatabase().getUrl(), NO_MAIL_SERVER_PORT,
                overrides);
    }

    private static LucentTestServer launch(TestMode mode, Path dataDir, Path pluginDir, ExternalServices services, String databaseUrl,
                                           int smtpPort, ConfigOverride... overrides) throws Exception {
        String configDir = System.getProperty("lucent.test.config");
        List<ConfigOverride> all = new ArrayList<>(List.of(
                ConfigOverride.config("dataDirectory", dataDir.toString()),
                ConfigOverride.config("plugins.directory", pluginDir.toString())));
        if (mode == TestMode.LOCAL) {
            all.add(ConfigOverride.config("server.connector.port", "0"));
        } else {
            all.add(ConfigOverride.config("server.applicationConnectors[0].port", "0"));
            all.add(ConfigOverride.config("server.adminConnectors[0].port", "0"));
            all.add(ConfigOverride.config("database.url", databaseUrl));
            all.add(ConfigOverride.config("database.user", "postgres"));
            all.add(ConfigOverride.config("database.password", "postgres"));
            all.add(ConfigOverride.config("redis.url", services.redisUrl()));
            all.add(ConfigOverride.config("auth.jwtSecret", TestTokens.SECRET));
            // SaaS mode requires a mail server.
            all.add(ConfigOverride.config("smtp.host", "127.0.0.1"));
            all.add(ConfigOverride.config("smtp.port", Integer.toString(smtpPort)));
            all.add(ConfigOverride.config("smtp.from", "lucent@test.invalid"));
            // Hourly allowances live in the one Redis all SaaS test servers share, keyed by tenant and user ids that many
            // test classes repeat (acme, acme-admin): lift them so no test is throttled by another's requests. Tests of
            // the limits use tenants of their own with lower limits set through the tenant-limits task.
            for (String allowance : List.of("forecastsPerUserPerHour", "uploadsPerUserPerHour", "aiCallsPerUserPerHour")) {
                all.add(ConfigOverride.config("tenancy.plans.standard." + allowance, "1000000"));
            }
        }
        all.addAll(List.of(overrides));
        String file = Path.of(configDir, mode == TestMode.LOCAL ? "local.yml" : "saas.yml").toString();
        DropwizardTestSupport<LucentConfiguration> support = new DropwizardTestSupport<>(LucentApplication.class, file,
                all.toArray(ConfigOverride[]::new));
        support.before();
        return new LucentTestServer(mode, support);
    }

    public TestMode mode() {
        return mode;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + support.getLocalPort();
    }

    public String adminUrl() {
        return "http://127.0.0.1:" + support.getAdminPort();
    }

    /** The running application's environment (its Jersey resources, lifecycle objects, ...). */
    public io.dropwizard.core.setup.Environment environment() {
        return support.getEnvironment();
    }

    public LucentConfiguration configuration() {
        return support.getConfiguration();
    }

    /** A request to {@code path} as the given tenant's user (in local mode, always the local user). */
    public Invocation.Builder request(String path, TenantContext as) {
        Invocation.Builder builder = client.target(baseUrl() + path).request();
        return mode == TestMode.SAAS ? builder.header("Authorization", TestTokens.bearer(as.tenantId(), as.userId(), as.role())) : builder;
    }

    /** A request as the admin of the default test tenant ({@link TenantContext#LOCAL} in local mode). */
    public Invocation.Builder request(String path) {
        return request(path, mode == TestMode.SAAS ? new TenantContext("acme", "acme-admin", Role.ADMIN) : TenantContext.LOCAL);
    }

    /** A request to the admin port (operator tasks, metrics, health checks) at {@code path}, e.g. {@code /metrics}. */
    public Invocation.Builder anonymousAdmin(String path) {
        return client.target(adminUrl() + (mode == TestMode.SAAS ? "" : "/admin") + path).request();
    }

    /** A request without credentials. */
    public Invocation.Builder anonymous(String path) {
        return client.target(baseUrl() + path).request();
    }

    /** Creates a tenant through the operator task (SaaS mode). */
    public void createTenant(String id) {
        client.target(adminUrl() + (mode == TestMode.SAAS ? "/tasks/create-tenant" : "/admin/tasks/create-tenant")).queryParam("id", id).request()
                .post(jakarta.ws.rs.client.Entity.text("")).close();
    }

    /**
     * Sets a tenant's limit overrides through the operator task ({@code POST /tasks/tenant-limits}); a limit given as
     * an empty string loses its override. Fails unless the task answers 200.
     */
    public void setTenantLimits(String id, java.util.Map<String, ?> limits) {
        jakarta.ws.rs.client.WebTarget target = client.target(adminUrl() + (mode == TestMode.SAAS ? "/tasks/tenant-limits" : "/admin/tasks/tenant-limits"))
                .queryParam("id", id);
        for (java.util.Map.Entry<String, ?> limit : limits.entrySet()) {
            target = target.queryParam(limit.getKey(), limit.getValue());
        }
        try (jakarta.ws.rs.core.Response response = target.request().post(jakarta.ws.rs.client.Entity.text(""))) {
            if (response.getStatus() != 200) {
                throw new IllegalStateException("tenant-limits task answered " + response.getStatus() + ": " + response.readEntity(String.class));
            }
        }
    }

    @Override
    public void close() {
        client.close();
        support.after();
    }
}
