package io.lucent.platform.datasets;

import jakarta.ws.rs.client.Entity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a multipart/form-data body by hand (the test client has no multipart writer). */
final class MultipartBody {

    private static final String BOUNDARY = "----lucent-test-boundary-7d1f";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private byte[] content;

    static MultipartBody file(String fileName, byte[] content) {
        MultipartBody body = new MultipartBody();
        body.fileName = fileName;
        body.content = content;
        return body;
    }

    static MultipartBody file(String fileName, String content) {
        return file(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    MultipartBody field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        if (fileName != null) {
            write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        }
        write(out, "--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    Entity<byte[]> entity() {
        return Entity.entity(bytes(), contentType());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
