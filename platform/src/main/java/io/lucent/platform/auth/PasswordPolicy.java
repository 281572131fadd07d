package io.lucent.platform.auth;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The minimum password strength (OWASP ASVS 2.1): 12 to 128 characters, not one of the most common passwords,
 * not built from the account's own email address or name, and not a single repeated character or a plain
 * sequence.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "123456789012", "qwertyuiop",
            "qwertyuiopas", "iloveyou", "letmein", "welcome", "admin", "administrator", "changeme", "monkey", "dragon",
            "football", "baseball", "sunshine", "princess", "trustno1", "passw0rd", "abc123", "111111111111", "000000000000",
            "qwerty123456", "1q2w3e4r5t6y", "zaq12wsxcde3", "lucent", "passwordpassword");

    /** Fails with 400 listing every problem when {@code password} is too weak for this account. */
    public void check(String password, String email, String fullName) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("use at least " + MIN_LENGTH + " characters");
        } else {
            if (password.length() > MAX_LENGTH) {
                problems.add("use at most " + MAX_LENGTH + " characters");
            }
            String lower = password.toLowerCase(Locale.ROOT);
            if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[^a-z]", ""))) {
                problems.add("this is one of the most common passwords");
            }
            if (lower.chars().distinct().count() < 4 || isSequence(lower)) {
                problems.add("use more different characters");
            }
            String local = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
            if (local.length() >= 4 && lower.contains(local)) {
                problems.add("do not use your email address");
            }
            if (fullName != null) {
                for (String part : fullName.toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (part.length() >= 4 && lower.contains(part)) {
                        problems.add("do not use your name");
                        break;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new LucentException(ErrorCode.INVALID_REQUEST, "The password is too weak: " + String.join("; ", problems),
                    Map.of("field", "password", "problems", problems));
        }
    }

    private static boolean isSequence(String value) {
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < value.length(); i++) {
            int step = value.charAt(i) - value.charAt(i - 1);
            ascending &= step == 1;
            descending &= step == -1;
        }
        return ascending || descending;
    }
}
