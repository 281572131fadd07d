package io.lucent.platform.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a request acts for: the one value every tenant-owned read and write is scoped by. Services take it as a
 * parameter; nothing looks it up from a global.
 *
 * @param tenantId the tenant (organisation)
 * @param userId   the user within it
 * @param role     the user's role
 */
public record TenantContext(String tenantId, String userId, Role role) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");

    /** The one tenant of local mode. */
    public static final TenantContext LOCAL = new TenantContext("local", "local-admin", Role.ADMIN);

    public TenantContext {
        Objects.requireNonNull(role, "role is null");
        if (tenantId == null || !ID.matcher(tenantId).matches()) {
            throw new IllegalArgumentException("malformed tenant id");
        }
        if (userId == null || !ID.matcher(userId).matches()) {
            throw new IllegalArgumentException("malformed user id");
        }
    }
}
