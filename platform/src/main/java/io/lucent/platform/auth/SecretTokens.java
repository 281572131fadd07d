package io.lucent.platform.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random secrets and their stored forms. High-entropy secrets (refresh tokens, reset tokens, API keys) are stored
 * as SHA-256; six-digit codes, which a plain hash would not protect, as HMAC-SHA-256 under a server key.
 */
public final class SecretTokens {

    private final SecureRandom random = new SecureRandom();
    private final byte[] codeKey;

    /** @param codeKey the HMAC key for short codes (derived from the token signing secret) */
    public SecretTokens(byte[] codeKey) {
        this.codeKey = codeKey.clone();
    }

    /** A URL-safe random token of {@code bytes} random bytes (256 bits for 32). */
    public String randomToken(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** A random six-digit code, leading zeros allowed. */
    public String sixDigitCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    /** SHA-256 of a high-entropy secret, hex. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA-256 of a short code bound to its owner, hex. */
    public String codeHash(String ownerId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(codeKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((ownerId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two hex digests in constant time. */
    public static boolean sameDigest(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
