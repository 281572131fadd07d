package io.lucent.platform.auth;

import io.lucent.platform.tenancy.Role;
import java.time.Instant;

/**
 * A user account (shared {@code users} table).
 *
 * @param id            the user id
 * @param tenantId      the tenant the user belongs to
 * @param email         the sign-in email, lower case
 * @param fullName      the display name
 * @param role          the role within the tenant
 * @param passwordHash  the Argon2id hash, or null when no password was set yet
 * @param emailVerified whether the email address was confirmed with a code
 * @param failedLogins  consecutive failed sign-ins since the last success or lockout
 * @param lockedUntil   sign-in refused until then (epoch 0 when not locked)
 * @param createdAt     when the account was created
 */
public record Account(String id, String tenantId, String email, String fullName, Role role, String passwordHash, boolean emailVerified,
                      int failedLogins, Instant lockedUntil, Instant createdAt) {

    public boolean isLockedAt(Instant now) {
        return lockedUntil.isAfter(now);
    }
}
