package io.lucent.platform.tenancy;

import java.util.Optional;

/**
 * Decides who a request acts for from its credentials. Local mode answers with the one local user (after checking
 * the optional local password); SaaS mode verifies an access token or an API key.
 */
public interface RequestAuthenticator {

    /**
     * @param credentials the request's credential headers
     * @return the tenant context, or empty when the request carries no credentials
     * @throws io.lucent.platform.errors.LucentException UNAUTHENTICATED when credentials are present but invalid
     */
    Optional<TenantContext> authenticate(Credentials credentials);
}
