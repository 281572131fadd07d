package io.lucent.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.tenancy.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final byte[] SECRET = "unit-test-secret-0f3e8a1b9c7d5e2f4a6b8c0d".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.250Z");

    private final AccessTokens tokens = new AccessTokens(SECRET, "lucent", Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenCarriesUserTenantRoleExpiryAndId() {
        AccessTokens.Issued issued = tokens.issue("acme", "user-1", Role.ANALYST);
        AccessTokens.Verified verified = tokens.verify(issued.token()).orElseThrow();
        assertThat(verified.context().tenantId()).isEqualTo("acme");
        assertThat(verified.context().userId()).isEqualTo("user-1");
        assertThat(verified.context().role()).isEqualTo(Role.ANALYST);
        assertThat(verified.jti()).isEqualTo(issued.jti());
        assertThat(verified.expiresAt()).isEqualTo(Instant.parse("2026-03-01T10:15:00Z"));
        assertThat(verified.issuedAt()).as("millisecond issue time").isEqualTo(NOW);
    }

    @Test
    void aTokenIsRefusedOnceExpired() {
        String token = tokens.issue("acme", "user-1", Role.ADMIN).token();
        AccessTokens later = new AccessTokens(SECRET, "lucent", Duration.ofMinutes(15),
                Clock.fixed(NOW.plus(Duration.ofMinutes(15)), ZoneOffset.UTC));
        assertThat(later.verify(token)).isEmpty();
    }

    @Test
    void anotherIssuerOrKeyIsRefused() {
        String token = tokens.issue("acme", "user-1", Role.ADMIN).token();
        assertThat(new AccessTokens(SECRET, "someone-else", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC)).verify(token)).isEmpty();
        byte[] otherKey = "another-unit-test-secret-7d9b1e3f5a2c4e6a8b".getBytes(StandardCharsets.UTF_8);
        assertThat(new AccessTokens(otherKey, "lucent", Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC)).verify(token)).isEmpty();
        assertThat(tokens.verify("not.a.token")).isEmpty();
    }

    @Test
    void lifetimesAboveFifteenMinutesAreRefused() {
        assertThatThrownBy(() -> new AccessTokens(SECRET, "lucent", Duration.ofMinutes(16), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
