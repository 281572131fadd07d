package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.errors.LucentException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class LocalAuthenticatorTest {

    @Test
    void withoutAPasswordEveryRequestIsTheLocalAdministrator() {
        assertThat(new LocalAuthenticator("").authenticate(new Credentials(null, null))).contains(TenantContext.LOCAL);
    }

    @Test
    void withAPasswordRequestsMustSendItAsBasicOrBearer() {
        LocalAuthenticator authenticator = new LocalAuthenticator("local-secret-pass");
        String basic = "Basic " + Base64.getEncoder().encodeToString("me:local-secret-pass".getBytes(StandardCharsets.UTF_8));
        assertThat(authenticator.authenticate(new Credentials(basic, null))).contains(TenantContext.LOCAL);
        assertThat(authenticator.authenticate(new Credentials("Bearer local-secret-pass", null))).contains(TenantContext.LOCAL);
        assertThat(authenticator.authenticate(new Credentials(null, null))).isEmpty();
        assertThatThrownBy(() -> authenticator.authenticate(new Credentials("Bearer wrong", null))).isInstanceOf(LucentException.class);
    }
}
