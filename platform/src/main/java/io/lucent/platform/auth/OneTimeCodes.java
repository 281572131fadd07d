package io.lucent.platform.auth;

import io.lucent.platform.metadata.MetadataDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Codes sent by email (shared {@code one_time_codes} table, stored as keyed hashes): six-digit codes that confirm
 * an email address or a sign-in (valid 10 minutes; 3 wrong attempts lock the code for 15 minutes), and long
 * password-reset tokens (valid 30 minutes). A new code replaces the user's previous one of the same purpose;
 * a code works once.
 */
public final class OneTimeCodes {

    /** What a code is for. */
    public enum Purpose {
        VERIFY_EMAIL(Duration.ofMinutes(10)),
        SIGN_IN(Duration.ofMinutes(10)),
        RESET_PASSWORD(Duration.ofMinutes(30));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    static final int MAX_WRONG_ATTEMPTS = 3;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final MetadataDatabase database;
    private final SecretTokens secrets;
    private final Clock clock;

    public OneTimeCodes(MetadataDatabase database, SecretTokens secrets, Clock clock) {
        this.database = database;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Issues a new code for the user, replacing the previous one; empty while the previous code is locked after
     * wrong attempts (a new code must not reset the lock).
     */
    public Optional<String> issue(String userId, Purpose purpose) {
        long now = clock.millis();
        String code = purpose == Purpose.RESET_PASSWORD ? secrets.randomToken(32) : secrets.sixDigitCode();
        return database.jdbi().inTransaction(handle -> {
            boolean locked = handle.createQuery("SELECT COUNT(*) FROM one_time_codes WHERE user_id = :user AND purpose = :purpose "
                            + "AND locked_until_ms > :now").bind("user", userId).bind("purpose", purpose.name()).bind("now", now)
                    .mapTo(Integer.class).one() > 0;
            if (locked) {
                return Optional.<String>empty();
            }
            handle.createUpdate("DELETE FROM one_time_codes WHERE user_id = :user AND purpose = :purpose")
                    .bind("user", userId).bind("purpose", purpose.name()).execute();
            handle.createUpdate("INSERT INTO one_time_codes (id, user_id, purpose, code_hash, created_ms, expires_ms, failed_attempts, locked_until_ms) "
                            + "VALUES (:id, :user, :purpose, :hash, :now, :expires, 0, 0)")
                    .bind("id", UUID.randomUUID().toString()).bind("user", userId).bind("purpose", purpose.name())
                    .bind("hash", secrets.codeHash(userId, code)).bind("now", now).bind("expires", now + purpose.lifetime.toMillis())
                    .execute();
            return Optional.of(code);
        });
    }

    /** Uses up the user's code if {@code code} matches it and it is live; counts a wrong attempt otherwise. */
    public boolean consume(String userId, Purpose purpose, String code) {
        long now = clock.millis();
        return database.jdbi().inTransaction(handle -> {
            Optional<Map<String, Object>> row = handle.createQuery("SELECT id, code_hash, expires_ms, failed_attempts, locked_until_ms, used_ms "
                            + "FROM one_time_codes WHERE user_id = :user AND purpose = :purpose")
                    .bind("user", userId).bind("purpose", purpose.name()).mapToMap().findOne();
            if (row.isEmpty() || row.get().get("used_ms") != null || number(row.get(), "expires_ms") <= now
                    || number(row.get(), "locked_until_ms") > now) {
                return false;
            }
            String id = (String) row.get().get("id");
            if (code != null && SecretTokens.sameDigest(secrets.codeHash(userId, code.strip()), (String) row.get().get("code_hash"))) {
                handle.createUpdate("UPDATE one_time_codes SET used_ms = :now WHERE id = :id").bind("now", now).bind("id", id).execute();
                return true;
            }
            long failures = number(row.get(), "failed_attempts") + 1;
            long lockedUntil = failures >= MAX_WRONG_ATTEMPTS ? now + LOCK.toMillis() : 0;
            handle.createUpdate("UPDATE one_time_codes SET failed_attempts = :failures, locked_until_ms = :locked WHERE id = :id")
                    .bind("failures", failures >= MAX_WRONG_ATTEMPTS ? 0 : failures).bind("locked", lockedUntil).bind("id", id).execute();
            return false;
        });
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
