package io.lucent.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts end to end against a SaaS server with a real PostgreSQL, Redis and SMTP server (GreenMail): sign-up with
 * the emailed code, sign-in, refresh rotation and reuse detection, sign-out, lockout, rate limits, password reset,
 * API keys and team changes that end sessions.
 */
@ExtendWith(ExternalServicesExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthFlowIntegrationTest {

    static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    static final String PASSWORD = "correct horse battery staple";

    private Mailbox mailbox;
    private LucentTestServer server;

    @BeforeAll
    void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
        mailbox = new Mailbox();
        server = LucentTestServer.start(TestMode.SAAS, temp.resolve("data"), Files.createDirectories(temp.resolve("plugins")), services.get(),
                "auth_flow_it", mailbox.port());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @Test
    void registerVerifyLoginRefreshLogoutWorkEndToEnd() throws Exception {
        Response registered = post("/api/v1/auth/register", Map.of("organization", "Acme Retail", "email", "ana@acme.example",
                "password", PASSWORD, "fullName", "Ana Lima"));
        assertThat(registered.getStatus()).isEqualTo(202);
        String code = Mailbox.sixDigitCode(mailbox.awaitMessage("ana@acme.example", 1));

        Map<String, Object> verified = json(post("/api/v1/auth/verify", Map.of("email", "ana@acme.example", "code", code)), 200);
        assertThat(verified).containsKeys("accessToken", "refreshToken", "expiresIn", "user");
        assertThat(((Number) verified.get("expiresIn")).intValue()).isBetween(1, 900);
        Map<String, Object> user = map(verified.get("user"));
        assertThat(user).containsEntry("email", "ana@acme.example").containsEntry("role", "admin").containsEntry("emailVerified", true);
        assertThat(json(get("/api/v1/users/me", (String) verified.get("accessToken")), 200)).containsEntry("fullName", "Ana Lima");
        assertThat(json(get("/api/v1/tenant", (String) verified.get("accessToken")), 200)).containsEntry("name", "Acme Retail");

        Map<String, Object> session = json(post("/api/v1/auth/login", Map.of("email", "ANA@acme.example", "password", PASSWORD)), 200);
        String firstRefresh = (String) session.get("refreshToken");
        Map<String, Object> refreshed = json(post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh)), 200);
        String secondRefresh = (String) refreshed.get("refreshToken");
        assertThat(secondRefresh).isNotEqualTo(firstRefresh);
        assertThat(get("/api/v1/users/me", (String) refreshed.get("accessToken")).getStatus()).isEqualTo(200);

        Response reused = post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh));
        assertThat(reused.getStatus()).isEqualTo(401);
        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", secondRefresh)).getStatus())
                .as("reuse of an old refresh token revokes its whole family").isEqualTo(401);

        Map<String, Object> again = json(post("/api/v1/auth/login", Map.of("email", "ana@acme.example", "password", PASSWORD)), 200);
        String access = (String) again.get("accessToken");
        Response logout = server.anonymous("/api/v1/auth/logout").header("Authorization", "Bearer " + access)
                .post(Entity.json(Map.of("refreshToken", again.get("refreshToken"))));
        assertThat(logout.getStatus()).isEqualTo(204);
        assertThat(get("/api/v1/users/me", access).getStatus()).isEqualTo(401);
        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", again.get("refreshToken"))).getStatus()).isEqualTo(401);
    }

    @Test
    void aVerificationCodeLocksAfterThreeWrongAttempts() throws Exception {
        register("locky@acme.example", "Locky Org");
        String code = Mailbox.sixDigitCode(mailbox.awaitMessage("locky@acme.example", 1));
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/v1/auth/verify", Map.of("email", "locky@acme.example", "code", wrong)).getStatus()).isEqualTo(400);
        }
        Response withRightCode = post("/api/v1/auth/verify", Map.of("email", "locky@acme.example", "code", code));
        assertThat(withRightCode.getStatus()).isEqualTo(400);
        assertThat(post("/api/v1/auth/resend", Map.of("email", "locky@acme.example")).getStatus()).isEqualTo(202);
        assertThat(mailbox.bodiesTo("locky@acme.example")).as("a locked code is not replaced by a new one").hasSize(1);
    }

    @Test
    void fiveFailedLoginsLockTheAccountWithTheSameAnswerAsAWrongPassword() throws Exception {
        signUp("lock@acme.example", "Lock Org");
        Map<String, Object> wrongPassword = null;
        for (int i = 0; i < 5; i++) {
            wrongPassword = json(post("/api/v1/auth/login", Map.of("email", "lock@acme.example", "password", "not the password at all")), 401);
        }
        Map<String, Object> locked = json(post("/api/v1/auth/login", Map.of("email", "lock@acme.example", "password", PASSWORD)), 401);
        assertThat(locked).isEqualTo(wrongPassword);
        Map<String, Object> unknown = json(post("/api/v1/auth/login", Map.of("email", "nobody@acme.example", "password", PASSWORD)), 401);
        assertThat(unknown).as("no user enumeration").isEqualTo(wrongPassword);
    }

    @Test
    void anUnknownAddressCostsOnePasswordCheckLikeAWrongPasswordAndALockedAccount() throws Exception {
        signUp("work@acme.example", "Work Org");
        long start = passwordChecks();
        json(post("/api/v1/auth/login", Map.of("email", "nobody-here@acme.example", "password", "a wrong password it is")), 401);
        long afterUnknown = passwordChecks();
        json(post("/api/v1/auth/login", Map.of("email", "work@acme.example", "password", "a wrong password it is")), 401);
        long afterWrong = passwordChecks();
        for (int i = 0; i < 4; i++) {
            json(post("/api/v1/auth/login", Map.of("email", "work@acme.example", "password", "a wrong password it is")), 401);
        }
        long beforeLocked = passwordChecks();
        json(post("/api/v1/auth/login", Map.of("email", "work@acme.example", "password", PASSWORD)), 401);

        assertThat(afterUnknown - start).as("Argon2 checks for an unknown address").isEqualTo(1);
        assertThat(afterWrong - afterUnknown).as("for a wrong password").isEqualTo(1);
        assertThat(passwordChecks() - beforeLocked).as("for a locked account").isEqualTo(1);
    }

    @Test
    void failedSignInsOfAKnownAccountReachTheAuditLog() throws Exception {
        String adminToken = (String) signUp("audited@acme.example", "Audited Org").get("accessToken");
        json(post("/api/v1/auth/login", Map.of("email", "audited@acme.example", "password", "a wrong password it is")), 401);

        @SuppressWarnings("unchecked")
        java.util.List<Map<String, Object>> failures = (java.util.List<Map<String, Object>>) get("/api/v1/audit?action=auth.login&outcome=failure",
                adminToken).readEntity(JSON).get("items");
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).containsEntry("resourceType", "user").containsEntry("outcome", "failure");
        assertThat(map(failures.get(0).get("details"))).containsEntry("reason", "wrong password");
    }

    /** The server's count of Argon2 password checks (admin port metrics). */
    long passwordChecks() {
        Map<String, Object> metrics = server.anonymousAdmin("/metrics").get(JSON);
        return ((Number) map(map(metrics.get("counters")).get(PasswordHasher.CHECKS_METRIC)).get("count")).longValue();
    }

    @Test
    void signInAttemptsBeyondTheRateLimitGet429WithRetryAfter() {
        Response last = null;
        for (int i = 0; i < 11; i++) {
            last = post("/api/v1/auth/login", Map.of("email", "flood@acme.example", "password", "whatever it is now"));
        }
        assertThat(last.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(last.getHeaderString("Retry-After"))).isBetween(1, 61);
        assertThat(last.readEntity(JSON)).containsEntry("code", "rate_limited");
    }

    @Test
    void answersDoNotTellWhetherAnAddressHasAnAccount() throws Exception {
        signUp("known@acme.example", "Known Org");
        Map<String, Object> forKnown = json(post("/api/v1/auth/forgot", Map.of("email", "known@acme.example")), 202);
        Map<String, Object> forUnknown = json(post("/api/v1/auth/forgot", Map.of("email", "unknown@acme.example")), 202);
        assertThat(forKnown).isEqualTo(forUnknown);
        Map<String, Object> registerKnown = json(post("/api/v1/auth/register", Map.of("organization", "Again", "email", "known@acme.example",
                "password", PASSWORD, "fullName", "Known Again")), 202);
        Map<String, Object> registerNew = json(post("/api/v1/auth/register", Map.of("organization", "Fresh", "email", "fresh@acme.example",
                "password", PASSWORD, "fullName", "Fresh Person")), 202);
        assertThat(registerKnown).isEqualTo(registerNew);
        Map<String, Object> resendKnown = json(post("/api/v1/auth/resend", Map.of("email", "known@acme.example")), 202);
        Map<String, Object> resendUnknown = json(post("/api/v1/auth/resend", Map.of("email", "unknown@acme.example")), 202);
        assertThat(resendKnown).isEqualTo(resendUnknown);
    }

    @Test
    void aWeakPasswordIsRefusedAndNothingIsCreated() throws Exception {
        Response weak = post("/api/v1/auth/register", Map.of("organization", "Weak Org", "email", "weak@acme.example",
                "password", "password123", "fullName", "Weak Person"));
        assertThat(weak.getStatus()).isEqualTo(400);
        assertThat(map(weak.readEntity(JSON).get("details"))).containsEntry("field", "password");
        signUp("weak@acme.example", "Weak Org");
        assertThat(mailbox.bodiesTo("weak@acme.example")).hasSize(1);
    }

    @Test
    void aPasswordResetTokenWorksOnceAndEndsSessions() throws Exception {
        Map<String, Object> session = signUp("reset@acme.example", "Reset Org");
        post("/api/v1/auth/forgot", Map.of("email", "reset@acme.example")).close();
        String token = Mailbox.resetToken(mailbox.awaitMessage("reset@acme.example", 2));
        String newPassword = "a brand new long passphrase";
        assertThat(post("/api/v1/auth/reset", Map.of("token", token, "password", newPassword)).getStatus()).isEqualTo(204);
        assertThat(post("/api/v1/auth/reset", Map.of("token", token, "password", "yet another long passphrase")).getStatus()).isEqualTo(400);
        assertThat(post("/api/v1/auth/refresh", Map.of("refreshToken", session.get("refreshToken"))).getStatus()).isEqualTo(401);
        assertThat(post("/api/v1/auth/login", Map.of("email", "reset@acme.example", "password", PASSWORD)).getStatus()).isEqualTo(401);
        assertThat(post("/api/v1/auth/login", Map.of("email", "reset@acme.example", "password", newPassword)).getStatus()).isEqualTo(200);
    }

    @Test
    void apiKeysActWithTheirRoleUntilRevoked() throws Exception {
        String admin = (String) signUp("keys@acme.example", "Keys Org").get("accessToken");
        Map<String, Object> created = json(server.anonymous("/api/v1/api-keys").header("Authorization", "Bearer " + admin)
                .post(Entity.json(Map.of("name", "nightly", "role", "viewer"))), 201);
        String key = (String) created.get("key");
        assertThat(key).startsWith("lk_");
        assertThat(map(created.get("info"))).as("roles are lower case on the wire, as on /users").containsEntry("role", "viewer");
        assertThat(server.anonymous("/api/v1/tenant").header("X-API-Key", key).get().getStatus()).isEqualTo(200);
        assertThat(get("/api/v1/tenant", key).getStatus()).isEqualTo(200);
        assertThat(server.anonymous("/api/v1/tenant").header("X-API-Key", key).put(Entity.json(Map.of("name", "Hijacked"))).getStatus())
                .isEqualTo(403);
        Map<String, Object> listed = json(get("/api/v1/api-keys", admin), 200);
        assertThat(listed.toString()).doesNotContain(key);
        assertThat(((java.util.List<?>) listed.get("items"))).allSatisfy(item -> assertThat(map(item)).containsEntry("role", "viewer"));
        String id = (String) map(created.get("info")).get("id");
        assertThat(server.anonymous("/api/v1/api-keys/" + id).header("Authorization", "Bearer " + admin).delete().getStatus()).isEqualTo(204);
        assertThat(get("/api/v1/tenant", key).getStatus()).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheUsersSessionsAndIsAudited() throws Exception {
        String admin = (String) signUp("boss@acme.example", "Team Org").get("accessToken");
        Map<String, Object> analyst = json(server.anonymous("/api/v1/users").header("Authorization", "Bearer " + admin)
                .post(Entity.json(Map.of("email", "ann@acme.example", "fullName", "Ann Analyst", "role", "analyst", "password", PASSWORD))), 201);
        String analystToken = (String) json(post("/api/v1/auth/login", Map.of("email", "ann@acme.example", "password", PASSWORD)), 200)
                .get("accessToken");
        assertThat(get("/api/v1/users", analystToken).getStatus()).isEqualTo(403);
        Response hijack = server.anonymous("/api/v1/tenant").header("Authorization", "Bearer " + analystToken)
                .put(Entity.json(Map.of("name", "Hijacked")));
        assertThat(hijack.getStatus()).isEqualTo(403);
        Map<String, Object> denied = json(get("/api/v1/audit?outcome=denied&action=PUT%20/api/v1/tenant", admin), 200);
        assertThat(((Number) denied.get("total")).intValue()).as("refusals are audited").isEqualTo(1);
        Response changed = server.anonymous("/api/v1/users/" + analyst.get("id") + "/role").header("Authorization", "Bearer " + admin)
                .put(Entity.json(Map.of("role", "viewer")));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(get("/api/v1/users/me", analystToken).getStatus()).isEqualTo(401);
        Map<String, Object> audit = json(get("/api/v1/audit?action=user.role-change", admin), 200);
        assertThat(((Number) audit.get("total")).intValue()).isEqualTo(1);
        Map<String, Object> entry = map(((java.util.List<?>) audit.get("items")).get(0));
        assertThat(entry).containsEntry("resourceId", analyst.get("id")).containsEntry("outcome", "success");
        assertThat(entry.get("ip")).isEqualTo("127.0.0.1");
    }

    @Test
    void aTenantCanRequireAnEmailedSignInCode() throws Exception {
        String admin = (String) signUp("coded@acme.example", "Coded Org").get("accessToken");
        Response policy = server.anonymous("/api/v1/tenant").header("Authorization", "Bearer " + admin)
                .put(Entity.json(Map.of("name", "Coded Org", "settings", Map.of("loginCodeRequired", true))));
        assertThat(policy.getStatus()).isEqualTo(200);
        Map<String, Object> pending = json(post("/api/v1/auth/login", Map.of("email", "coded@acme.example", "password", PASSWORD)), 202);
        assertThat(pending).containsEntry("codeRequired", true).doesNotContainKey("accessToken");
        String code = Mailbox.sixDigitCode(mailbox.awaitMessage("coded@acme.example", 2));
        Map<String, Object> session = json(post("/api/v1/auth/verify", Map.of("email", "coded@acme.example", "code", code)), 200);
        Map<String, Object> limits = json(get("/api/v1/tenant/limits", (String) session.get("accessToken")), 200);
        assertThat(map(limits.get("usage"))).containsEntry("users", 1);
    }

    @Test
    void anOperatorOverridesATenantsLimitAndTheUserLimitHolds() throws Exception {
        Map<String, Object> session = signUp("small@acme.example", "Small Org");
        String admin = (String) session.get("accessToken");
        String tenantId = (String) map(session.get("user")).get("tenantId");
        Response task = jakarta.ws.rs.client.ClientBuilder.newClient().target(server.adminUrl() + "/tasks/tenant-limits")
                .queryParam("id", tenantId).queryParam("maxUsers", "1").request().post(Entity.text(""));
        assertThat(task.getStatus()).isEqualTo(200);
        assertThat(task.readEntity(String.class)).contains("maxUsers=1");
        Response refused = server.anonymous("/api/v1/users").header("Authorization", "Bearer " + admin)
                .post(Entity.json(Map.of("email", "second@acme.example", "fullName", "Second Person", "role", "viewer")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(map(refused.readEntity(JSON).get("details"))).containsEntry("maxUsers", 1);
        assertThat(map(json(get("/api/v1/tenant/limits", admin), 200).get("limits"))).containsEntry("maxUsers", 1);
    }

    @Test
    void theAccountEndpointsAreDescribedInOpenApi() {
        Map<String, Object> openApi = server.anonymous("/api/openapi.json").get(JSON);
        Map<String, Object> paths = map(openApi.get("paths"));
        assertThat(paths).containsKeys("/api/v1/auth/register", "/api/v1/auth/verify", "/api/v1/auth/login", "/api/v1/auth/refresh",
                "/api/v1/auth/logout", "/api/v1/auth/forgot", "/api/v1/auth/reset", "/api/v1/auth/resend", "/api/v1/users",
                "/api/v1/users/{id}", "/api/v1/users/{id}/role", "/api/v1/users/me", "/api/v1/users/me/password", "/api/v1/api-keys",
                "/api/v1/tenant", "/api/v1/tenant/limits", "/api/v1/tenant/usage", "/api/v1/audit");
        Map<String, Object> login = map(map(paths.get("/api/v1/auth/login")).get("post"));
        assertThat(login.get("security")).as("signing in needs no token").isEqualTo(java.util.List.of());
        assertThat(map(map(paths.get("/api/v1/users/{id}/role")).get("put"))).doesNotContainKey("security");
        assertThat(map(login.get("responses"))).containsKeys("200", "202", "401", "403", "429");
    }

    /** Registers and verifies an account; answers the verification's session. */
    Map<String, Object> signUp(String email, String organization) throws Exception {
        register(email, organization);
        String code = Mailbox.sixDigitCode(mailbox.awaitMessage(email, 1));
        return json(post("/api/v1/auth/verify", Map.of("email", email, "code", code)), 200);
    }

    void register(String email, String organization) {
        Response response = post("/api/v1/auth/register", Map.of("organization", organization, "email", email, "password", PASSWORD,
                "fullName", "Someone Else"));
        assertThat(response.getStatus()).isEqualTo(202);
    }

    Response post(String path, Map<String, ?> body) {
        return server.anonymous(path).post(Entity.json(body));
    }

    Response get(String path, String token) {
        return server.anonymous(path).header("Authorization", "Bearer " + token).get();
    }

    static Map<String, Object> json(Response response, int status) {
        Map<String, Object> body = response.readEntity(JSON);
        assertThat(response.getStatus()).as("status of %s", body).isEqualTo(status);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
