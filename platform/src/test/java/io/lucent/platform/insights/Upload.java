package io.lucent.platform.insights;

import jakarta.ws.rs.client.Entity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data upload of one file, written by hand (the test client has no multipart writer). */
final class Upload {

    private static final String BOUNDARY = "----lucent-insights-test-3a9c";

    private Upload() {
    }

    static Entity<byte[]> file(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Entity.entity(out.toByteArray(), "multipart/form-data; boundary=" + BOUNDARY);
    }

    static Entity<byte[]> file(String fileName, String content) {
        return file(fileName, content.getBytes(StandardCharsets.UTF_8));
    }
}
