package io.lucent.platform.forecasting.runs;

import io.lucent.platform.testing.LucentTestServer;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Uploads a CSV file as a dataset through {@code POST /api/v1/datasets} and returns its id. */
final class CsvUpload {

    private static final String BOUNDARY = "----lucent-forecast-test-3f9a";

    private CsvUpload() {
    }

    static String dataset(LucentTestServer server, String fileName, byte[] csv) {
        return dataset(server, null, fileName, csv);
    }

    /** Uploads as {@code tenant}'s user ({@code null}: the server's default test user). */
    static String dataset(LucentTestServer server, io.lucent.platform.tenancy.TenantContext tenant, String fileName, byte[] csv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(csv);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response response = (tenant == null ? server.request("/api/v1/datasets") : server.request("/api/v1/datasets", tenant))
                .post(Entity.entity(out.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY));
        Map<String, Object> body = response.readEntity(new GenericType<Map<String, Object>>() { });
        if (response.getStatus() != 201) {
            throw new AssertionError("Upload failed with " + response.getStatus() + ": " + body);
        }
        return (String) body.get("id");
    }
}
