package io.lucent.platform.auth;

import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.Credentials;
import io.lucent.platform.tenancy.RequestAuthenticator;
import io.lucent.platform.tenancy.TenantContext;
import java.util.Optional;

/**
 * SaaS mode: a request is authenticated by an access token ({@code Authorization: Bearer <jwt>}, verified by
 * {@link AccessTokens} and checked against {@link TokenRevocations}) or by an API key ({@code Bearer lk_...} or
 * {@code X-API-Key}). Every failure gives the same 401, whatever was wrong.
 */
public final class SaasAuthenticator implements RequestAuthenticator {

    private final AccessTokens tokens;
    private final TokenRevocations revocations;
    private final ApiKeys apiKeys;

    public SaasAuthenticator(AccessTokens tokens, TokenRevocations revocations, ApiKeys apiKeys) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.apiKeys = apiKeys;
    }

    @Override
    public Optional<TenantContext> authenticate(Credentials credentials) {
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String header = credentials.authorization();
        if (header == null || header.isBlank()) {
            return Optional.of(apiKeys.authenticate(credentials.apiKey().strip()).orElseThrow(SaasAuthenticator::rejected));
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new LucentException(ErrorCode.UNAUTHENTICATED, "Use an 'Authorization: Bearer <token>' header");
        }
        String token = header.substring(7).strip();
        if (token.startsWith(ApiKeys.PREFIX)) {
            return Optional.of(apiKeys.authenticate(token).orElseThrow(SaasAuthenticator::rejected));
        }
        AccessTokens.Verified verified = tokens.verify(token).orElseThrow(SaasAuthenticator::rejected);
        if (revocations.isRevoked(verified.jti(), verified.context().userId(), verified.issuedAt())) {
            throw rejected();
        }
        return Optional.of(verified.context());
    }

    private static LucentException rejected() {
        return new LucentException(ErrorCode.UNAUTHENTICATED, "The credentials are not valid (wrong, expired or revoked); sign in again");
    }
}
