package io.lucent.platform.auth;

import com.codahale.metrics.Counter;
import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Hashes passwords with Argon2id (19 MiB memory, 2 iterations, parallelism 1, 32-byte hash, 16-byte random salt:
 * OWASP's minimum recommendation), encoded in the standard {@code $argon2id$...} form, which carries its own
 * parameters so they can be raised later. {@link #verifyDummy(String)} costs the same as a real check, so
 * answering for an unknown email takes as long as for a known one. Every check, real or dummy, counts in the
 * {@value #CHECKS_METRIC} counter (admin port {@code /metrics}).
 */
public final class PasswordHasher {

    /** The metric counting Argon2 password checks, real and dummy. */
    public static final String CHECKS_METRIC = "lucent.auth.password-checks";

    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    static final int HASH_BYTES = 32;
    static final int SALT_BYTES = 16;

    private final Argon2Function argon2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, 19);
    private final String dummyHash = hash("lucent-timing-equaliser-" + System.nanoTime());
    private final Counter checks;

    /** @param checks counts every password check, real or dummy */
    public PasswordHasher(Counter checks) {
        this.checks = checks;
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(argon2).getResult();
    }

    public boolean verify(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            verifyDummy(password);
            return false;
        }
        checks.inc();
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Does the work of a verification whose answer is always no (for unknown accounts). */
    public void verifyDummy(String password) {
        checks.inc();
        Password.check(password == null ? "" : password, dummyHash).with(argon2);
    }
}
