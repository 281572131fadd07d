package io.lucent.platform.metadata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names the PostgreSQL role of a tenant. Roles are cluster-wide while schemas belong to one database, so the name
 * is derived from both (two installations sharing a cluster never share a tenant role); it is opaque, so role
 * names reveal no tenant names.
 */
public final class TenantRoles {

    private TenantRoles() {
    }

    /** {@code lucent_t_} followed by 24 hex digits of SHA-256(database + '/' + tenant id). */
    public static String roleName(String database, String tenantId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((database + "/" + tenantId).getBytes(StandardCharsets.UTF_8));
            return "lucent_t_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
