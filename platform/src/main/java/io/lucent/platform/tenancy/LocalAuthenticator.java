package io.lucent.platform.tenancy;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * Local mode: every request is the local administrator of the one local tenant. Without a configured password
 * (the default; the server listens on 127.0.0.1 only) no credentials are needed. With {@code auth.localPassword}
 * set, each request must send it, as HTTP Basic credentials (any user name) or as a bearer token.
 */
public final class LocalAuthenticator implements RequestAuthenticator {

    private final byte[] password;

    /** @param password the local password, blank for none */
    public LocalAuthenticator(String password) {
        this.password = password == null ? new byte[0] : password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<TenantContext> authenticate(Credentials credentials) {
        if (password.length == 0) {
            return Optional.of(TenantContext.LOCAL);
        }
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = presented(credentials).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, password)) {
            throw new LucentException(ErrorCode.UNAUTHENTICATED, "The local password is wrong");
        }
        return Optional.of(TenantContext.LOCAL);
    }

    private static String presented(Credentials credentials) {
        String header = credentials.authorization();
        if (header == null || header.isBlank()) {
            return credentials.apiKey() == null ? "" : credentials.apiKey();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).strip();
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? "" : decoded.substring(colon + 1);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return "";
    }
}
