package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.testing.ExternalServices;
import io.lucent.platform.testing.ExternalServicesExtension;
import io.lucent.platform.testing.LucentTestServer;
import io.lucent.platform.testing.LucentTestServer.TestMode;
import io.lucent.platform.testing.TestPlugins;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tenant's limits enforced over REST in both modes: hourly upload and forecast allowances per user and per
 * tenant (429 with Retry-After and the standard error body, before the work), the horizon and batch-size limits
 * (422 naming the limit), the usage records and current usage they leave, and the audit entries of operator limit
 * changes and data downloads. Each test works in a tenant of its own
 * (SaaS) or with allowances of its own size (local mode: bucket keys carry the allowance), with limits set through
 * the operator task.
 */
@ExtendWith(ExternalServicesExtension.class)
class TenantLimitsEnforcementIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final String BOUNDARY = "----lucent-limits-test-7c1d";

    /** Three monthly entities over three years. */
    static byte[] threeEntities() {
        StringBuilder csv = new StringBuilder("Date,Entity_ID,Volume\n");
        for (String entity : List.of("A", "B", "C")) {
            for (int m = 0; m < 36; m++) {
                csv.append(LocalDate.of(2022, 1, 1).plusMonths(m)).append(',').append(entity).append(',').append(100 + m % 12 * 3).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        /** A tenant of this test's own (SaaS) or the local tenant, with these limit overrides (and no others). */
        abstract TenantContext tenantWith(Map<String, Object> limits);

        /** Another user of the same tenant (the local tenant has one user only). */
        abstract Optional<TenantContext> colleagueOf(TenantContext user);

        @BeforeAll
        void start(@TempDir Path temp, Supplier<ExternalServices> services) throws Exception {
            server = startServer(temp.resolve("data"), TestPlugins.copyBundled(temp.resolve("plugins")), services);
        }

        @AfterAll
        void stop() {
            if (server != null) {
                server.close();
            }
        }

        Response upload(TenantContext as, String fileName, byte[] csv) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(csv);
            out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return server.request("/api/v1/datasets", as).post(Entity.entity(out.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY));
        }

        String dataset(TenantContext as) {
            Response response = upload(as, "three.csv", threeEntities());
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(201);
            return (String) body.get("id");
        }

        Map<String, Object> refused(Response response, int status) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(status);
            assertThat(body).containsKeys("code", "message", "details");
            return body;
        }

        void assertRateLimited(Response response, String action, String scope, int limit) {
            String retryAfter = response.getHeaderString("Retry-After");
            Map<String, Object> body = refused(response, 429);
            assertThat(body).containsEntry("code", "rate_limited");
            assertThat(map(body.get("details"))).containsEntry("action", action).containsEntry("scope", scope).containsEntry("limit", limit);
            assertThat(retryAfter).isNotNull();
            assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3601L);
            assertThat(((Number) map(body.get("details")).get("retryAfterSeconds")).longValue()).isEqualTo(Long.parseLong(retryAfter));
        }

        Map<String, Object> usageOf(TenantContext as, String action) {
            Map<String, Object> usage = server.request("/api/v1/tenant/usage", as).get(JSON);
            return list(usage.get("actions")).stream().filter(a -> action.equals(a.get("action"))).findFirst().orElse(Map.of());
        }

        Map<String, Object> currentUsage(TenantContext as) {
            return map(server.request("/api/v1/tenant/limits", as).get(JSON).get("usage"));
        }

        @Test
        void uploadsBeyondTheHourlyAllowanceGet429WithRetryAfterAndTheImportedOnesAreRecordedAsUsage() {
            TenantContext user = tenantWith(Map.of("uploadsPerUserPerHour", 2));
            int datasetsBefore = ((Number) currentUsage(user).get("datasets")).intValue();

            dataset(user);
            dataset(user);
            assertRateLimited(upload(user, "third.csv", threeEntities()), "upload", "user", 2);

            assertThat(((Number) currentUsage(user).get("datasets")).intValue()).isEqualTo(datasetsBefore + 2);
            assertThat(currentUsage(user)).containsEntry("uploadsThisHour", 2);
            Map<String, Object> uploads = usageOf(user, "upload");
            assertThat(((Number) uploads.get("count")).longValue()).isGreaterThanOrEqualTo(2);
            assertThat(((Number) uploads.get("entities")).longValue()).as("rows").isGreaterThanOrEqualTo(2 * 108);
            assertThat(((Number) uploads.get("bytes")).longValue()).isGreaterThanOrEqualTo(2L * threeEntities().length);
        }

        @Test
        void theTenantsUploadAllowanceIsSharedByItsUsers() {
            TenantContext user = tenantWith(Map.of("uploadsPerUserPerHour", 7, "uploadsPerTenantPerHour", 1));
            TenantContext other = colleagueOf(user).orElse(user);

            dataset(user);
            assertRateLimited(upload(other, "second.csv", threeEntities()), "upload", "tenant", 1);
            assertThat(currentUsage(other)).containsEntry("tenantUploadsThisHour", 1);
        }

        @Test
        void forecastSubmissionsCheckTheHorizonAndBatchLimitsWith422AndTheHourlyAllowanceWith429() throws InterruptedException {
            TenantContext user = tenantWith(Map.of("forecastsPerUserPerHour", 5, "maxEntitiesPerBatch", 2, "maxHorizon", 12));
            String dataset = dataset(user);

            Map<String, Object> allEntities = refused(server.request("/api/v1/forecast/batch", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "method", "naive", "horizon", 3))), 422);
            assertThat((String) allEntities.get("message")).contains("3 entities").contains("limit of 2").contains("maxEntitiesPerBatch");
            assertThat(map(allEntities.get("details"))).containsEntry("maxEntitiesPerBatch", 2);
            Map<String, Object> longHorizon = refused(server.request("/api/v1/forecast/run", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "entities", List.of("A"), "method", "naive", "horizon", 13))), 422);
            assertThat((String) longHorizon.get("message")).contains("limit of 12").contains("maxHorizon");
            assertThat(server.request("/api/v1/forecast/history", user).get(JSON)).containsEntry("total", 0);

            Response batch = server.request("/api/v1/forecast/batch", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "entities", List.of("A", "B"), "method", "naive", "horizon", 12)));
            Map<String, Object> queued = batch.readEntity(JSON);
            assertThat(batch.getStatus()).as("%s", queued).isEqualTo(202);
            Response preview = server.request("/api/v1/forecast/preview", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "entities", List.of("C"), "method", "naive", "horizon", 2)));
            assertThat(preview.getStatus()).isEqualTo(200);
            preview.close();
            Response previewAgain = server.request("/api/v1/forecast/preview", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "entities", List.of("C"), "method", "naive", "horizon", 2)));
            assertThat(previewAgain.getStatus()).isEqualTo(200);
            previewAgain.close();
            assertRateLimited(server.request("/api/v1/forecast/run", user)
                    .post(Entity.json(Map.of("datasetId", dataset, "entities", List.of("A"), "method", "naive", "horizon", 1))), "forecast", "user", 5);

            awaitEnd(user, (String) queued.get("id"));
            Map<String, Object> forecasts = awaitUsage(user, "forecast");
            assertThat(forecasts).containsEntry("count", 1).containsEntry("entities", 2);
            assertThat(usageOf(user, "forecast_preview")).containsEntry("count", 2).containsEntry("entities", 1 + 1);
            assertThat(currentUsage(user)).containsEntry("forecastsThisHour", 5);
        }

        @Test
        void operatorLimitChangesAndDataDownloadsAreAudited() {
            TenantContext user = tenantWith(Map.of("maxHorizon", 24));
            TenantContext admin = new TenantContext(user.tenantId(), server.mode() == TestMode.SAAS ? user.tenantId() + "-admin" : user.userId(),
                    Role.ADMIN);
            String dataset = dataset(user);
            Response download = server.request("/api/v1/preprocessing/" + dataset + "/download", user).get();
            assertThat(download.getStatus()).isEqualTo(200);
            download.close();

            List<Map<String, Object>> changes = list(server.request("/api/v1/audit?action=tenant.limits-change", admin).get(JSON).get("items"));
            assertThat(changes).isNotEmpty();
            assertThat(changes.get(0)).containsEntry("actorId", "operator").containsEntry("resourceId", user.tenantId());
            assertThat(map(changes.get(0).get("details"))).containsEntry("overrides", Map.of("maxHorizon", 24));
            List<Map<String, Object>> downloads = list(server.request("/api/v1/audit?resourceType=preprocessing", admin).get(JSON).get("items"));
            assertThat(downloads).extracting(entry -> entry.get("action")).contains("GET /api/v1/preprocessing/{datasetId}/download");
            assertThat(downloads.get(0)).containsEntry("resourceId", dataset).containsEntry("actorId", user.userId());
        }

        @Test
        void theLimitAnswersAreDescribedInOpenApi() {
            Map<String, Object> paths = map(server.anonymous("/api/openapi.json").get(JSON).get("paths"));
            assertThat(map(map(map(paths.get("/api/v1/datasets")).get("post")).get("responses"))).containsKeys("413", "422", "429");
            for (String route : List.of("/api/v1/forecast/run", "/api/v1/forecast/batch", "/api/v1/forecast/preview", "/api/v1/diagnostics/compare")) {
                assertThat(map(map(map(paths.get(route)).get("post")).get("responses"))).as(route).containsKeys("422", "429");
            }
            assertThat(map(map(map(paths.get("/api/v1/forecast/auto-params/{method}")).get("post")).get("responses"))).containsKey("429");
        }

        void awaitEnd(TenantContext as, String id) throws InterruptedException {
            long end = System.nanoTime() + 120_000_000_000L;
            while (List.of("queued", "running").contains(server.request("/api/v1/forecast/status/" + id, as).get(JSON).get("state"))) {
                assertThat(System.nanoTime()).as("forecast %s ends", id).isLessThan(end);
                Thread.sleep(50);
            }
        }

        /** The usage totals of {@code action} once there are any (a job's record follows its end by a moment). */
        Map<String, Object> awaitUsage(TenantContext as, String action) throws InterruptedException {
            long end = System.nanoTime() + 30_000_000_000L;
            Map<String, Object> totals = usageOf(as, action);
            while (totals.isEmpty() && System.nanoTime() < end) {
                Thread.sleep(50);
                totals = usageOf(as, action);
            }
            return totals;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null);
        }

        @Override
        TenantContext tenantWith(Map<String, Object> limits) {
            Map<String, Object> exactly = new java.util.HashMap<>();
            TenantLimits.NAMES.forEach(name -> exactly.put(name, ""));
            exactly.putAll(limits);
            server.setTenantLimits(TenantContext.LOCAL.tenantId(), exactly);
            return TenantContext.LOCAL;
        }

        @Override
        Optional<TenantContext> colleagueOf(TenantContext user) {
            return Optional.empty();
        }
    }

    @Nested
    class SaasMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "tenant_limits");
        }

        @Override
        TenantContext tenantWith(Map<String, Object> limits) {
            String id = "limits" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            server.createTenant(id);
            server.setTenantLimits(id, limits);
            return new TenantContext(id, id + "-analyst", Role.ANALYST);
        }

        @Override
        Optional<TenantContext> colleagueOf(TenantContext user) {
            return Optional.of(new TenantContext(user.tenantId(), user.tenantId() + "-colleague", Role.ANALYST));
        }
    }
}
