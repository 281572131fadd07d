package io.lucent.platform.auth;

import java.time.Instant;

/**
 * Revoked access tokens, visible to every node (Redis in SaaS mode). Entries only need to outlive the tokens
 * they revoke (at most 15 minutes), so they expire on their own.
 */
public interface TokenRevocations {

    /** Revokes one access token until it would have expired anyway. */
    void revokeToken(String jti, Instant expiresAt);

    /** Revokes every access token of a user issued before {@code instant} (logout everywhere, password or role change). */
    void revokeSessionsBefore(String userId, Instant instant);

    /** Whether a token (by id, owner and issue time) has been revoked. */
    boolean isRevoked(String jti, String userId, Instant issuedAt);
}
