package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.JettyManaged;
import io.dropwizard.testing.ConfigOverride;
import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import io.lucent.platform.testing.TestTokens;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated over every route registered in the running SaaS server (real PostgreSQL and Redis), whoever added it:
 * tenant B's credentials on tenant A's resource ids get a refusal and none of A's data; every route answers every
 * role as the issue's role matrix says; forged, expired and revoked tokens get 401; and no pooled connection
 * carries tenant state after the requests.
 */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIntegrationTest {

    private static final int POOL_SIZE = 4;
    private static final String PASSWORD = "correct horse battery staple";
    private static final TenantContext ALPHA = new TenantContext("alpha", "alpha-admin", Role.ADMIN);
    private static final TenantContext BETA = new TenantContext("beta", "beta-admin", Role.ADMIN);
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 404, 405, 409, 415, 422);

    private LucentTestServer server;
    private Routes routes;

    @BeforeAll
    void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
        server = LucentTestServer.start(TestMode.SAAS, temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), services.get(),
                "tenant_isolation_it", ConfigOverride.config("database.maxPoolSize", Integer.toString(POOL_SIZE)));
        for (String tenant : List.of("alpha", "beta", "gamma")) {
            server.createTenant(tenant);
        }
        routes = Routes.of(server.environment());
        as(ALPHA, "/api/v1/tenant").put(Entity.json(Map.of("name", "Alpha Secret Org"))).close();
        as(BETA, "/api/v1/tenant").put(Entity.json(Map.of("name", "Beta Org"))).close();
        as(ALPHA, "/api/v1/users").post(Entity.json(Map.of("email", "alpha-member@alpha.example", "fullName", "Alpha Member",
                "role", "analyst", "password", PASSWORD))).close();
        as(ALPHA, "/api/v1/api-keys").post(Entity.json(Map.of("name", "alpha key", "role", "viewer"))).close();
        if (routes.all().stream().anyMatch(r -> r.template().equals("/api/v1/datasets/sample"))) {
            as(ALPHA, "/api/v1/datasets/sample").post(Entity.json(Map.of())).close();
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void tenantBGetsNoneOfTenantAsDataOnAnyRoute() {
        Harvest alpha = harvest(ALPHA);
        Harvest beta = harvest(BETA);
        Set<String> alphaOnly = new LinkedHashSet<>(alpha.ids());
        alphaOnly.removeAll(beta.ids());
        assertThat(alphaOnly).as("tenant A has resources of its own to attack").isNotEmpty();
        Set<String> markers = new LinkedHashSet<>(alphaOnly);
        markers.add("Alpha Secret Org");
        markers.add("alpha-member@alpha.example");

        List<String> violations = new ArrayList<>();
        int attacked = 0;
        for (Routes.Route route : routes.guarded()) {
            Set<String> sent = new LinkedHashSet<>();
            String path = route.path(parameter -> {
                String id = idFor(route, alpha, alphaOnly);
                sent.add(id);
                return id;
            });
            Response response = send(as(BETA, path), route);
            String body = response.readEntity(String.class);
            int status = response.getStatus();
            if (!route.parameters().isEmpty()) {
                attacked++;
                if (!REFUSALS.contains(status)) {
                    violations.add(route + " as B on A's ids answered " + status);
                }
            } else if (status >= 500) {
                violations.add(route + " as B answered " + status);
            }
            for (String marker : markers) {
                // An error may repeat the id B itself sent; anything else of A's is a leak.
                if (!sent.contains(marker) && body.contains(marker)) {
                    violations.add(route + " as B returned A's '" + marker + "'");
                }
            }
        }
        assertThat(attacked).isGreaterThan(5);
        assertThat(violations).isEmpty();

        Harvest alphaAfter = harvest(ALPHA);
        assertThat(alphaAfter.ids()).as("B changed nothing of A's").containsAll(alpha.ids());
        assertThat(alphaAfter.bodies().get("/api/v1/tenant")).contains("Alpha Secret Org");
        assertThat(alphaAfter.bodies().get("/api/v1/users")).contains("alpha-member@alpha.example");
    }

    @Test
    void tenantAReachesItsOwnResourceWhereTenantBGets404() {
        String memberId = harvest(ALPHA).idsByCollection().get("/api/v1/users").stream().findFirst().orElseThrow();
        Map<String, String> rename = Map.of("fullName", "Alpha Member");
        assertThat(as(BETA, "/api/v1/users/" + memberId).put(Entity.json(rename)).getStatus()).isEqualTo(404);
        assertThat(as(ALPHA, "/api/v1/users/" + memberId).put(Entity.json(rename)).getStatus()).isEqualTo(200);
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheRoleMatrixSays() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Routes.Route route : routes.guarded()) {
            Set<Role> expected = RoleMatrix.allowed(route.httpMethod(), route.template());
            for (Role role : Role.values()) {
                TenantContext caller = new TenantContext("gamma", "gamma-" + role.wireName(), role);
                Response response = send(as(caller, route.path(parameter -> "zz-missing-" + parameter.toLowerCase(Locale.ROOT))), route);
                int status = response.getStatus();
                response.close();
                checked++;
                if (expected.contains(role) && (status == 401 || status == 403)) {
                    violations.add(route + " refused " + role + " (" + status + ")");
                } else if (!expected.contains(role) && status != 403) {
                    violations.add(route + " let " + role + " through (" + status + ")");
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(3 * 20);
        assertThat(violations).isEmpty();
    }

    @Test
    void forgedExpiredAndRevokedTokensGet401() throws Exception {
        JWTClaimsSet claims = claims(ALPHA, Instant.now().plusSeconds(300));
        String valid = TestTokens.sign("alpha", "alpha-admin", Role.ADMIN, Instant.now().plusSeconds(300), TestTokens.SECRET);
        assertThat(withToken(valid)).isEqualTo(200);

        String[] parts = valid.split("\\.");
        String none = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertThat(withToken(none)).as("alg=none").isEqualTo(401);

        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), claims);
        hs512.sign(new MACSigner((TestTokens.SECRET + TestTokens.SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(withToken(hs512.serialize())).as("another HMAC algorithm").isEqualTo(401);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT rs256 = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        rs256.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
        assertThat(withToken(rs256.serialize())).as("RS256 instead of HS256").isEqualTo(401);
        String confused = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2];
        assertThat(withToken(confused)).as("an HS256 signature under an RS256 header").isEqualTo(401);

        String expired = TestTokens.sign("alpha", "alpha-admin", Role.ADMIN, Instant.now().minusSeconds(5), TestTokens.SECRET);
        assertThat(withToken(expired)).as("expired").isEqualTo(401);
        String wrongKey = TestTokens.sign("alpha", "alpha-admin", Role.ADMIN, Instant.now().plusSeconds(300),
                "another-secret-of-enough-length-9c2f7a1e5b3d8c6f");
        assertThat(withToken(wrongKey)).as("wrong key").isEqualTo(401);

        String viewer = TestTokens.sign("alpha", "alpha-viewer", Role.VIEWER, Instant.now().plusSeconds(300), TestTokens.SECRET);
        String[] viewerParts = viewer.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(viewerParts[1]), StandardCharsets.UTF_8);
        String promoted = viewerParts[0] + "." + base64(payload.replace("\"viewer\"", "\"admin\"")) + "." + viewerParts[2];
        assertThat(promoted).isNotEqualTo(viewer);
        assertThat(withToken(promoted)).as("role claim tampered").isEqualTo(401);
        String moved = viewerParts[0] + "." + base64(payload.replace("\"alpha\"", "\"beta\"")) + "." + viewerParts[2];
        assertThat(withToken(moved)).as("tenant claim tampered").isEqualTo(401);

        Response logout = server.anonymous("/api/v1/auth/logout").header("Authorization", "Bearer " + valid).post(Entity.json(Map.of()));
        assertThat(logout.getStatus()).isEqualTo(204);
        assertThat(withToken(valid)).as("revoked after logout").isEqualTo(401);
    }

    @Test
    void pooledConnectionsCarryNoTenantStateAfterRequests() throws Exception {
        for (TenantContext tenant : List.of(ALPHA, BETA, ALPHA, BETA)) {
            assertThat(as(tenant, "/api/v1/audit").get().getStatus()).isEqualTo(200);
            assertThat(as(tenant, "/api/v1/tenant/usage").get().getStatus()).isEqualTo(200);
        }
        List<ManagedDataSource> pools = new ArrayList<>();
        for (var managed : server.environment().lifecycle().getManagedObjects()) {
            if (managed instanceof JettyManaged jetty && jetty.getManaged() instanceof ManagedDataSource dataSource) {
                pools.add(dataSource);
            }
        }
        assertThat(pools).isNotEmpty();
        for (ManagedDataSource pool : pools) {
            List<Connection> all = new ArrayList<>();
            try {
                for (int i = 0; i < POOL_SIZE; i++) {
                    all.add(pool.getConnection());
                }
                for (Connection connection : all) {
                    try (Statement statement = connection.createStatement();
                         ResultSet row = statement.executeQuery("SELECT current_user = session_user, current_setting('search_path'), "
                                 + "current_setting('role')")) {
                        row.next();
                        assertThat(row.getBoolean(1)).as("no tenant role").isTrue();
                        assertThat(row.getString(2)).as("no tenant schema on the path").doesNotContain("tenant_");
                        assertThat(row.getString(3)).isEqualTo("none");
                        assertThat(connection.getAutoCommit()).as("not inside a transaction").isTrue();
                    }
                }
            } finally {
                for (Connection connection : all) {
                    connection.close();
                }
            }
        }
    }

    /** A's (or B's) resource ids and answers, from every guarded GET route without parameters. */
    record Harvest(Set<String> ids, Map<String, Set<String>> idsByCollection, Map<String, String> bodies) {
    }

    private Harvest harvest(TenantContext tenant) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, Set<String>> byCollection = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Routes.Route route : routes.guarded()) {
            if (route.httpMethod().equals("GET") && route.parameters().isEmpty()) {
                Response response = as(tenant, route.template()).get();
                String body = response.readEntity(String.class);
                bodies.put(route.template(), body);
                if (response.getStatus() == 200) {
                    Set<String> found = new LinkedHashSet<>();
                    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"(?:id|[a-z]+Id)\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                    while (matcher.find()) {
                        found.add(matcher.group(1));
                    }
                    found.removeIf(id -> id.equals(tenant.tenantId()) || id.equals(tenant.userId()));
                    ids.addAll(found);
                    byCollection.put(route.template(), found);
                }
            }
        }
        return new Harvest(ids, byCollection, bodies);
    }

    /** An id of A's for the route's first parameter: one listed by the route's collection, else any of A's own. */
    private static String idFor(Routes.Route route, Harvest alpha, Set<String> alphaOnly) {
        String collection = route.template().substring(0, route.template().indexOf("/{"));
        Set<String> listed = new LinkedHashSet<>(alpha.idsByCollection().getOrDefault(collection, Set.of()));
        listed.retainAll(alphaOnly);
        return listed.isEmpty() ? alphaOnly.iterator().next() : listed.iterator().next();
    }

    private Invocation.Builder as(TenantContext tenant, String path) {
        return server.anonymous(path).header("Authorization", TestTokens.bearer(tenant.tenantId(), tenant.userId(), tenant.role()));
    }

    private static Response send(Invocation.Builder request, Routes.Route route) {
        return route.sendsBody() ? request.method(route.httpMethod(), route.emptyBody()) : request.method(route.httpMethod());
    }

    private int withToken(String token) {
        Response response = server.anonymous("/api/v1/tenant").header("Authorization", "Bearer " + token).get();
        response.close();
        return response.getStatus();
    }

    private static JWTClaimsSet claims(TenantContext tenant, Instant expiry) {
        return new JWTClaimsSet.Builder().subject(tenant.userId()).issuer("lucent").claim("tid", tenant.tenantId())
                .claim("role", tenant.role().wireName()).issueTime(Date.from(expiry.minusSeconds(600))).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString()).build();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The issue's role matrix, written out independently of the production policy: who may call what. */
    static final class RoleMatrix {
        private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
        private static final Set<Role> EDITORS = EnumSet.of(Role.ADMIN, Role.ANALYST);
        private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);

        static Set<Role> allowed(String method, String template) {
            boolean read = method.equals("GET");
            if (template.startsWith("/api/v1/users/me")) {
                return EVERYONE; // everyone manages their own profile
            }
            if (template.startsWith("/api/v1/users") || template.startsWith("/api/v1/api-keys") || template.startsWith("/api/v1/audit")) {
                return ADMINS; // team management, machine credentials and the audit trail
            }
            if (template.startsWith("/api/v1/connectors")) {
                return EDITORS;
            }
            if (read) {
                return EVERYONE; // results, diagnostics, settings: everyone reads
            }
            if (template.startsWith("/api/v1/tenant") || template.startsWith("/api/v1/plugins")) {
                return ADMINS;
            }
            if (template.startsWith("/api/v1/datasets") && method.equals("DELETE")) {
                return ADMINS;
            }
            return EDITORS; // create and change datasets, preprocessing, forecasts and analyses
        }
    }
}
