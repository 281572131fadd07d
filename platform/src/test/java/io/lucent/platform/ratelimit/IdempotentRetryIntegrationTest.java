package io.lucent.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import io.lucent.platform.tenancy.TenantLimits;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client retrying an upload or a forecast with the Idempotency-Key of a request already done gets the first
 * answer without spending its hourly allowance, even when the allowance is used up; a new key still counts. Both
 * modes, each with a server of its own (the local tenant's forecast history and usage would otherwise be shared).
 */
@ExtendWith(ExternalServicesExtension.class)
class IdempotentRetryIntegrationTest {

    private static final GenericType<Map<String, Object>> JSON = new GenericType<>() { };
    private static final String BOUNDARY = "----lucent-retry-test-51ab";

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {
        LucentTestServer server;

        abstract LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception;

        /** A user of a tenant whose hourly upload and forecast allowances are one each. */
        abstract TenantContext userWithAllowancesOfOne();

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

        @Test
        void aRetryWithAKnownKeyIsAnsweredWithoutSpendingTheAllowanceAndANewKeyStillCounts() {
            TenantContext user = userWithAllowancesOfOne();
            Entity<byte[]> file = Entity.entity(multipart(), "multipart/form-data; boundary=" + BOUNDARY);

            Map<String, Object> created = answer(server.request("/api/v1/datasets", user).header("Idempotency-Key", "upload-1").post(file), 201);
            Map<String, Object> replayed = answer(server.request("/api/v1/datasets", user).header("Idempotency-Key", "upload-1").post(file), 200);
            assertThat(replayed).containsEntry("id", created.get("id"));
            assertThat(answer(server.request("/api/v1/datasets", user).header("Idempotency-Key", "upload-2").post(file), 429))
                    .containsEntry("code", "rate_limited");

            Map<String, Object> run = Map.of("datasetId", created.get("id"), "entities", List.of("A"), "method", "naive", "horizon", 2);
            Map<String, Object> queued = answer(server.request("/api/v1/forecast/run", user).header("Idempotency-Key", "run-1")
                    .post(Entity.json(run)), 202);
            Map<String, Object> again = answer(server.request("/api/v1/forecast/run", user).header("Idempotency-Key", "run-1")
                    .post(Entity.json(run)), 202);
            assertThat(again).containsEntry("id", queued.get("id"));
            assertThat(answer(server.request("/api/v1/forecast/run", user).post(Entity.json(run)), 429)).containsEntry("code", "rate_limited");

            Map<?, ?> usage = (Map<?, ?>) server.request("/api/v1/tenant/limits", user).get(JSON).get("usage");
            assertThat(usage.get("uploadsThisHour")).isEqualTo(1);
            assertThat(usage.get("forecastsThisHour")).isEqualTo(1);
        }

        private static Map<String, Object> answer(Response response, int status) {
            Map<String, Object> body = response.readEntity(JSON);
            assertThat(response.getStatus()).as("%s", body).isEqualTo(status);
            return body;
        }

        /** One monthly entity over three years, as a multipart upload. */
        private static byte[] multipart() {
            StringBuilder csv = new StringBuilder("Date,Entity_ID,Volume\n");
            for (int m = 0; m < 36; m++) {
                csv.append(LocalDate.of(2022, 1, 1).plusMonths(m)).append(",A,").append(100 + m % 12 * 3).append('\n');
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"keyed.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private static Map<String, Object> allowancesOfOne() {
        Map<String, Object> limits = new HashMap<>();
        TenantLimits.NAMES.forEach(name -> limits.put(name, ""));
        limits.put("uploadsPerUserPerHour", 1);
        limits.put("forecastsPerUserPerHour", 1);
        return limits;
    }

    @Nested
    class LocalMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.LOCAL, dataDir, pluginDir, null, null);
        }

        @Override
        TenantContext userWithAllowancesOfOne() {
            server.setTenantLimits(TenantContext.LOCAL.tenantId(), allowancesOfOne());
            return TenantContext.LOCAL;
        }
    }

    @Nested
    class SaasMode extends Contract {
        @Override
        LucentTestServer startServer(Path dataDir, Path pluginDir, Supplier<ExternalServices> services) throws Exception {
            return LucentTestServer.start(TestMode.SAAS, dataDir, pluginDir, services.get(), "idempotent_retry");
        }

        @Override
        TenantContext userWithAllowancesOfOne() {
            server.createTenant("retries");
            server.setTenantLimits("retries", allowancesOfOne());
            return new TenantContext("retries", "retries-analyst", Role.ANALYST);
        }
    }
}
