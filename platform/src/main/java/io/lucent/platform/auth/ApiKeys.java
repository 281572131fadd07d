package io.lucent.platform.auth;

import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * API keys for machine clients (shared {@code api_keys} table). A key is {@code lk_} plus 256 random bits, shown
 * once when created and stored as SHA-256; it acts in its tenant with its role until it expires or is revoked.
 * Requests present it as {@code Authorization: Bearer lk_...} or {@code X-API-Key: lk_...}.
 */
public final class ApiKeys {

    /** The prefix of every key. */
    public static final String PREFIX = "lk_";

    /** A key as listed: never the key itself. */
    public record KeyInfo(String id, String name, Role role, String prefix, String createdBy, Instant createdAt, Instant expiresAt,
                          Instant lastUsedAt) {
    }

    /** A key just created: the only time the key is shown. */
    public record Created(KeyInfo info, String key) {
    }

    private final MetadataDatabase database;
    private final SecretTokens secrets;
    private final Clock clock;

    public ApiKeys(MetadataDatabase database, SecretTokens secrets, Clock clock) {
        this.database = database;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Created create(TenantContext admin, String name, Role role, Instant expiresAt) {
        String key = PREFIX + secrets.randomToken(32);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        database.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO api_keys (id, tenant_id, name, key_hash, key_prefix, role, "
                        + "created_by, created_ms, expires_ms) VALUES (:id, :tenant, :name, :hash, :prefix, :role, :by, :now, :expires)")
                .bind("id", id).bind("tenant", admin.tenantId()).bind("name", name).bind("hash", SecretTokens.sha256(key))
                .bind("prefix", key.substring(0, 8)).bind("role", role.name()).bind("by", admin.userId()).bind("now", now.toEpochMilli())
                .bind("expires", expiresAt == null ? null : expiresAt.toEpochMilli()).execute());
        return new Created(new KeyInfo(id, name, role, key.substring(0, 8), admin.userId(), now, expiresAt, null), key);
    }

    /** The tenant's live keys (not revoked), newest first. */
    public List<KeyInfo> list(String tenantId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT * FROM api_keys WHERE tenant_id = :tenant AND revoked_ms IS NULL "
                        + "ORDER BY created_ms DESC").bind("tenant", tenantId).mapToMap().map(ApiKeys::info).list());
    }

    /** Revokes a key of the tenant; false when the tenant has no such live key. */
    public boolean revoke(String tenantId, String id) {
        return database.jdbi().withHandle(handle -> handle.createUpdate("UPDATE api_keys SET revoked_ms = :now WHERE id = :id "
                        + "AND tenant_id = :tenant AND revoked_ms IS NULL")
                .bind("now", clock.millis()).bind("id", id).bind("tenant", tenantId).execute()) == 1;
    }

    /** Who a presented key acts as; empty when it is unknown, expired or revoked. */
    public Optional<TenantContext> authenticate(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = SecretTokens.sha256(key.strip());
        return database.jdbi().withHandle(handle -> {
            Optional<Map<String, Object>> row = handle.createQuery("SELECT id, tenant_id, role, expires_ms FROM api_keys "
                    + "WHERE key_hash = :hash AND revoked_ms IS NULL").bind("hash", hash).mapToMap().findOne();
            if (row.isEmpty() || (row.get().get("expires_ms") != null && ((Number) row.get().get("expires_ms")).longValue() <= now)) {
                return Optional.<TenantContext>empty();
            }
            String id = (String) row.get().get("id");
            handle.createUpdate("UPDATE api_keys SET last_used_ms = :now WHERE id = :id").bind("now", now).bind("id", id).execute();
            return Optional.of(new TenantContext((String) row.get().get("tenant_id"), "key-" + id, Role.valueOf((String) row.get().get("role"))));
        });
    }

    private static KeyInfo info(Map<String, Object> row) {
        return new KeyInfo((String) row.get("id"), (String) row.get("name"), Role.valueOf((String) row.get("role")), (String) row.get("key_prefix"),
                (String) row.get("created_by"), instant(row.get("created_ms")), instant(row.get("expires_ms")), instant(row.get("last_used_ms")));
    }

    private static Instant instant(Object millis) {
        return millis == null ? null : Instant.ofEpochMilli(((Number) millis).longValue());
    }
}
