package io.lucent.platform.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.lucent.platform.tenancy.Role;
import io.lucent.platform.tenancy.TenantContext;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues and verifies access tokens: JWTs signed with HS256 (the only algorithm accepted; the header's
 * {@code alg} is checked before the signature), carrying {@code sub} (user), {@code tid} (tenant), {@code role},
 * {@code iss}, {@code iat} (and {@code iat_ms}), {@code exp} (at most 15 minutes later) and {@code jti} (for revocation).
 */
public final class AccessTokens {

    /** A token just issued. */
    public record Issued(String token, String jti, Instant expiresAt) {
    }

    /** A token that verified: who it is for, its id, when it was issued and when it expires. */
    public record Verified(TenantContext context, String jti, Instant issuedAt, Instant expiresAt) {
    }

    /**
     * A private claim with the issue time in milliseconds ({@code iat} has whole seconds), so revoking a user's
     * sessions "before now" separates tokens issued in the same second before and after.
     */
    static final String ISSUED_MILLIS = "iat_ms";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(byte[] secret, String issuer, Duration lifetime, Clock clock) {
        if (lifetime.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("access tokens live at most 15 minutes");
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable JWT secret", e);
        }
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public Issued issue(String tenantId, String userId, Role role) {
        Instant now = clock.instant();
        Instant expiry = now.plus(lifetime);
        String jti = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(userId).issuer(issuer).claim("tid", tenantId)
                .claim("role", role.wireName()).claim(ISSUED_MILLIS, now.toEpochMilli()).issueTime(Date.from(now)).expirationTime(Date.from(expiry)).jwtID(jti).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return new Issued(jwt.serialize(), jti, expiry);
    }

    /** The token's content if its algorithm, signature, issuer, expiry and claims are all right; empty otherwise. */
    public Optional<Verified> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getCriticalParams() != null
                    || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            Date issued = claims.getIssueTime();
            Instant now = clock.instant();
            if (expiry == null || issued == null || !expiry.toInstant().isAfter(now) || !issuer.equals(claims.getIssuer())
                    || claims.getJWTID() == null || expiry.toInstant().isAfter(issued.toInstant().plus(Duration.ofMinutes(15)))) {
                return Optional.empty();
            }
            Role role = Role.valueOf(claims.getStringClaim("role").toUpperCase(java.util.Locale.ROOT));
            TenantContext context = new TenantContext(claims.getStringClaim("tid"), claims.getSubject(), role);
            Long issuedMillis = claims.getLongClaim(ISSUED_MILLIS);
            Instant issuedAt = issuedMillis != null && issuedMillis / 1000 == issued.toInstant().getEpochSecond()
                    ? Instant.ofEpochMilli(issuedMillis) : issued.toInstant();
            return Optional.of(new Verified(context, claims.getJWTID(), issuedAt, expiry.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
