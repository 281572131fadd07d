package io.lucent.platform.tenancy;

import java.util.Optional;

/**
 * Decides who a request acts for from its Authorization header. Local mode answers with the one local user;
 * SaaS mode verifies a bearer token.
 */
public interface RequestAuthenticator {

    /**
     * @param authorizationHeader the raw header value, or null when absent
     * @return the tenant context, or empty when the request is not authenticated
     * @throws io.lucent.platform.errors.LucentException UNAUTHENTICATED when credentials are present but invalid
     */
    Optional<TenantContext> authenticate(String authorizationHeader);
}
