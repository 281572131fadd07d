package io.lucent.platform.auth;

import io.lucent.platform.metadata.MetadataDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Rotating refresh tokens (shared {@code refresh_tokens} table, stored as SHA-256). Each sign-in starts a family;
 * each refresh uses up the presented token and issues the next one of the same family. Presenting a token that
 * was already used means it was stolen (or replayed): the whole family is revoked, so neither the thief nor the
 * user can go on without signing in again.
 */
public final class RefreshTokens {

    /** The outcome of a successful rotation: whose token it was and the new one. */
    public record Rotation(String userId, String token) {
    }

    private final MetadataDatabase database;
    private final SecretTokens secrets;
    private final Duration lifetime;
    private final Clock clock;

    public RefreshTokens(MetadataDatabase database, SecretTokens secrets, Duration lifetime, Clock clock) {
        this.database = database;
        this.secrets = secrets;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Starts a new family for a user and returns its first token. */
    public String start(String userId) {
        return issue(userId, UUID.randomUUID().toString());
    }

    /** Uses up {@code token} and returns the next one; empty when it is unknown, expired, revoked or reused. */
    public Optional<Rotation> rotate(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = SecretTokens.sha256(token);
        long now = clock.millis();
        return database.jdbi().inTransaction(handle -> {
            var row = handle.createQuery("SELECT user_id, family_id, expires_ms, used_ms, revoked_ms FROM refresh_tokens WHERE token_hash = :hash")
                    .bind("hash", hash).mapToMap().findOne();
            if (row.isEmpty()) {
                return Optional.<Rotation>empty();
            }
            String userId = (String) row.get().get("user_id");
            String family = (String) row.get().get("family_id");
            if (row.get().get("used_ms") != null) {
                handle.createUpdate("UPDATE refresh_tokens SET revoked_ms = :now WHERE family_id = :family AND revoked_ms IS NULL")
                        .bind("now", now).bind("family", family).execute();
                return Optional.<Rotation>empty();
            }
            if (row.get().get("revoked_ms") != null || ((Number) row.get().get("expires_ms")).longValue() <= now) {
                return Optional.<Rotation>empty();
            }
            int claimed = handle.createUpdate("UPDATE refresh_tokens SET used_ms = :now WHERE token_hash = :hash AND used_ms IS NULL")
                    .bind("now", now).bind("hash", hash).execute();
            if (claimed != 1) {
                return Optional.<Rotation>empty();
            }
            String next = secrets.randomToken(32);
            insert(handle, next, userId, family, now);
            return Optional.of(new Rotation(userId, next));
        });
    }

    /** Revokes the family of {@code token} (sign-out); unknown tokens are ignored. */
    public void revokeFamilyOf(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        long now = clock.millis();
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE refresh_tokens SET revoked_ms = :now WHERE revoked_ms IS NULL "
                        + "AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = :hash)")
                .bind("now", now).bind("hash", SecretTokens.sha256(token)).execute());
    }

    /** Revokes every refresh token of a user (password reset or change, removal, role change). */
    public void revokeAll(String userId) {
        long now = clock.millis();
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE refresh_tokens SET revoked_ms = :now WHERE user_id = :user AND revoked_ms IS NULL")
                .bind("now", now).bind("user", userId).execute());
    }

    private String issue(String userId, String family) {
        String token = secrets.randomToken(32);
        long now = clock.millis();
        database.jdbi().useHandle(handle -> insert(handle, token, userId, family, now));
        return token;
    }

    private void insert(org.jdbi.v3.core.Handle handle, String token, String userId, String family, long now) {
        handle.createUpdate("INSERT INTO refresh_tokens (token_hash, family_id, user_id, created_ms, expires_ms) "
                        + "VALUES (:hash, :family, :user, :now, :expires)")
                .bind("hash", SecretTokens.sha256(token)).bind("family", family).bind("user", userId).bind("now", now)
                .bind("expires", now + lifetime.toMillis()).execute();
    }
}
