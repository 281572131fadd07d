package io.lucent.platform.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/** What verify, login and refresh answer: an access token, its refresh token, the access token's lifetime and the user. */
@Schema(description = "Tokens of a signed-in user")
public record Session(
        @Schema(description = "JWT (HS256) for 'Authorization: Bearer ...'") String accessToken,
        @Schema(description = "Single-use token for POST /api/v1/auth/refresh; valid 7 days") String refreshToken,
        @Schema(description = "Seconds until the access token expires (at most 900)") long expiresIn,
        UserView user) {
}
