package io.lucent.platform.auth;

import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.tenancy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The user accounts (shared {@code users} table): lookups, creation, verification and lockout state. */
public final class Accounts {

    private static final String COLUMNS = "id, tenant_id, email, full_name, role, password_hash, email_verified, failed_logins, "
            + "locked_until_ms, created_at";

    private final MetadataDatabase database;
    private final Clock clock;

    public Accounts(MetadataDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Email addresses are compared in lower case, without surrounding spaces. */
    public static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> byEmail(String email) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", normalize(email)).map(Accounts::map).findOne());
    }

    public Optional<Account> byId(String id) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id).map(Accounts::map).findOne());
    }

    /** The account if it belongs to {@code tenantId}; empty for another tenant's user (never a hint that it exists). */
    public Optional<Account> inTenant(String tenantId, String id) {
        return byId(id).filter(account -> account.tenantId().equals(tenantId));
    }

    public List<Account> list(String tenantId, int offset, int limit) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM users WHERE tenant_id = :tenant ORDER BY email LIMIT :limit OFFSET :offset")
                .bind("tenant", tenantId).bind("limit", limit).bind("offset", offset).map(Accounts::map).list());
    }

    public int count(String tenantId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users WHERE tenant_id = :tenant")
                .bind("tenant", tenantId).mapTo(Integer.class).one());
    }

    public int countAdmins(String tenantId) {
        return database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM users WHERE tenant_id = :tenant AND role = 'ADMIN'")
                .bind("tenant", tenantId).mapTo(Integer.class).one());
    }

    /** Inserts an account in the caller's transaction. */
    public void insert(Handle handle, Account account) {
        handle.createUpdate("INSERT INTO users (id, tenant_id, email, full_name, role, password_hash, email_verified, failed_logins, "
                        + "locked_until_ms, created_at) VALUES (:id, :tenant, :email, :name, :role, :hash, :verified, 0, 0, :created)")
                .bind("id", account.id()).bind("tenant", account.tenantId()).bind("email", normalize(account.email()))
                .bind("name", account.fullName()).bind("role", account.role().name()).bind("hash", account.passwordHash())
                .bind("verified", account.emailVerified())
                .bind("created", LocalDateTime.ofInstant(account.createdAt(), ZoneOffset.UTC)).execute();
    }

    public void markVerified(String id) {
        update("UPDATE users SET email_verified = :yes WHERE id = :id", id);
    }

    /**
     * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for {@code lockFor} and starts
     * the count again.
     */
    public void recordFailedLogin(String id, int maxFailures, Duration lockFor) {
        long lockedUntil = clock.instant().plus(lockFor).toEpochMilli();
        database.jdbi().useTransaction(handle -> {
            handle.createUpdate("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id").bind("id", id).execute();
            handle.createUpdate("UPDATE users SET failed_logins = 0, locked_until_ms = :until WHERE id = :id AND failed_logins >= :max")
                    .bind("id", id).bind("until", lockedUntil).bind("max", maxFailures).execute();
        });
    }

    public void clearFailedLogins(String id) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE users SET failed_logins = 0, locked_until_ms = 0 WHERE id = :id")
                .bind("id", id).execute());
    }

    public void setPassword(String id, String hash) {
        database.jdbi().useHandle(handle -> handle.createUpdate(
                        "UPDATE users SET password_hash = :hash, failed_logins = 0, locked_until_ms = 0 WHERE id = :id")
                .bind("id", id).bind("hash", hash).execute());
    }

    public void setFullName(String id, String fullName) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE users SET full_name = :name WHERE id = :id")
                .bind("id", id).bind("name", fullName).execute());
    }

    public void setRole(String id, Role role) {
        database.jdbi().useHandle(handle -> handle.createUpdate("UPDATE users SET role = :role WHERE id = :id")
                .bind("id", id).bind("role", role.name()).execute());
    }

    public void delete(String id) {
        database.jdbi().useHandle(handle -> handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute());
    }

    private void update(String sql, String id) {
        database.jdbi().useHandle(handle -> handle.createUpdate(sql).bind("id", id).bind("yes", true).execute());
    }

    private static Account map(ResultSet rs, StatementContext context) throws SQLException {
        Timestamp created = rs.getTimestamp("created_at");
        return new Account(rs.getString("id"), rs.getString("tenant_id"), rs.getString("email"), rs.getString("full_name"),
                Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("email_verified"),
                rs.getInt("failed_logins"), Instant.ofEpochMilli(rs.getLong("locked_until_ms")),
                created == null ? Instant.EPOCH : created.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }
}
