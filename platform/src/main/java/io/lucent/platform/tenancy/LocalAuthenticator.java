package io.lucent.platform.tenancy;

import java.util.Optional;

/** Local mode: no login; every request is the local administrator of the one local tenant. */
public final class LocalAuthenticator implements RequestAuthenticator {

    @Override
    public Optional<TenantContext> authenticate(String authorizationHeader) {
        return Optional.of(TenantContext.LOCAL);
    }
}
