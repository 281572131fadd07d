package io.lucent.platform.tenancy;

import io.lucent.platform.config.AuthConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * The HMAC key for access tokens, read from config (an environment variable) or a file. Refuses a missing,
 * short or well-known value: SaaS mode must not start with a default secret.
 */
public final class JwtSecret {

    static final int MINIMUM_BYTES = 32;
    private static final Set<String> WELL_KNOWN = Set.of("changeme", "change-me", "secret", "default", "password",
            "lucent", "jwt-secret", "your-secret-here", "please-change-this-secret-before-production");

    private final byte[] key;

    private JwtSecret(byte[] key) {
        this.key = key;
    }

    public static JwtSecret from(AuthConfig config) {
        String value = config.getJwtSecret();
        if (value.isBlank() && !config.getJwtSecretFile().isBlank()) {
            try {
                value = Files.readString(Path.of(config.getJwtSecretFile()), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the JWT secret file named by auth.jwtSecretFile: " + e.getMessage(), e);
            }
        }
        if (value.isBlank()) {
            throw new IllegalStateException(
                    "SaaS mode needs a JWT secret: set LUCENT_JWT_SECRET or LUCENT_JWT_SECRET_FILE (at least 32 bytes)");
        }
        if (WELL_KNOWN.contains(value.toLowerCase(Locale.ROOT)) || value.chars().distinct().count() < 8) {
            throw new IllegalStateException("The JWT secret is a default or trivial value; generate a random one (e.g. openssl rand -base64 48)");
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The JWT secret must be at least " + MINIMUM_BYTES + " bytes long");
        }
        return new JwtSecret(bytes);
    }

    /** A copy of the key bytes. */
    public byte[] bytes() {
        return key.clone();
    }
}
