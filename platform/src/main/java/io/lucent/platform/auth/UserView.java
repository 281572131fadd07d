package io.lucent.platform.auth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A user as the API shows it (never the password hash or lockout state). */
@Schema(description = "A user of a tenant")
public record UserView(String id, String tenantId, String email, String fullName,
                       @Schema(allowableValues = {"admin", "analyst", "viewer"}) String role, boolean emailVerified, Instant createdAt) {

    public static UserView of(Account account) {
        return new UserView(account.id(), account.tenantId(), account.email(), account.fullName(), account.role().wireName(),
                account.emailVerified(), account.createdAt());
    }
}
