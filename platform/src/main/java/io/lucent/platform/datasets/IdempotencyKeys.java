package io.lucent.platform.datasets;

import io.lucent.platform.errors.LucentException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks Idempotency-Key headers: 1 to 128 printable ASCII characters. */
final class IdempotencyKeys {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private IdempotencyKeys() {
    }

    /** The key if one was sent; 400 if it is malformed. */
    static Optional<String> parse(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (!KEY.matcher(key).matches()) {
            throw LucentException.invalid("Idempotency-Key must be 1 to 128 printable characters without spaces");
        }
        return Optional.of(key);
    }
}
