package io.lucent.platform.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lucent.platform.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

/**
 * Signs access tokens the way the server issues them (HS256; sub, tid, role, iss, iat, exp, jti), for tests of SaaS
 * mode that act as users without signing in.
 */
public final class TestTokens {

    /** The secret SaaS-mode test servers are configured with. */
    public static final String SECRET = "test-only-secret-4f1c9a2b7d3e8f6a0b5c1d9e7f3a2b8c";

    private TestTokens() {
    }

    public static String bearer(String tenantId, String userId, Role role) {
        return "Bearer " + sign(tenantId, userId, role, Instant.now().plusSeconds(600), SECRET);
    }

    public static String sign(String tenantId, String userId, Role role, Instant expiry, String secret) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).issuer("lucent")
                    .claim("tid", tenantId).claim("role", role.name().toLowerCase(Locale.ROOT))
                    .expirationTime(Date.from(expiry)).issueTime(Date.from(expiry.minusSeconds(600)))
                    .jwtID(java.util.UUID.randomUUID().toString()).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
