package io.lucent.platform.tenancy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lucent.platform.config.AuthConfig;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * SaaS mode: verifies a {@code Bearer} access token signed with HS256 (the only accepted algorithm) and turns
 * its claims ({@code sub}, {@code tid}, {@code role}) into a tenant context.
 */
public final class JwtAuthenticator implements RequestAuthenticator {

    private final MACVerifier verifier;
    private final String issuer;
    private final Clock clock;

    public JwtAuthenticator(JwtSecret secret, AuthConfig config, Clock clock) {
        try {
            this.verifier = new MACVerifier(secret.bytes());
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable JWT secret", e);
        }
        this.issuer = config.getIssuer();
        this.clock = clock;
    }

    @Override
    public Optional<TenantContext> authenticate(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.isBlank()) {
            return Optional.empty();
        }
        if (!authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw unauthenticated("Use an 'Authorization: Bearer <token>' header");
        }
        String token = authorizationHeader.substring(7).trim();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
                throw unauthenticated("The token is not acceptable");
            }
            if (!jwt.verify(verifier)) {
                throw unauthenticated("The token is not acceptable");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())) {
                throw unauthenticated("The token has expired");
            }
            if (!issuer.equals(claims.getIssuer())) {
                throw unauthenticated("The token is not acceptable");
            }
            String role = claims.getStringClaim("role");
            return Optional.of(new TenantContext(claims.getStringClaim("tid"), claims.getSubject(),
                    Role.valueOf(role == null ? "" : role.toUpperCase(Locale.ROOT))));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            throw unauthenticated("The token is not acceptable");
        }
    }

    private static LucentException unauthenticated(String message) {
        return new LucentException(ErrorCode.UNAUTHENTICATED, message);
    }
}
