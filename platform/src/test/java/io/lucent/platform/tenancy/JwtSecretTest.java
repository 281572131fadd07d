package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.lucent.platform.config.AuthConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {

    private static AuthConfig withSecret(String secret) {
        AuthConfig config = new AuthConfig();
        config.setJwtSecret(secret);
        return config;
    }

    @Test
    void refusesAMissingSecret() {
        assertThatThrownBy(() -> JwtSecret.from(withSecret(""))).hasMessageContaining("LUCENT_JWT_SECRET");
    }

    @Test
    void refusesWellKnownDefaults() {
        assertThatThrownBy(() -> JwtSecret.from(withSecret("changeme"))).hasMessageContaining("default");
        assertThatThrownBy(() -> JwtSecret.from(withSecret("a".repeat(64)))).hasMessageContaining("trivial");
    }

    @Test
    void refusesShortSecrets() {
        assertThatThrownBy(() -> JwtSecret.from(withSecret("abcdefghij0123"))).hasMessageContaining("32 bytes");
    }

    @Test
    void readsTheSecretFromAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("jwt"), "q8Jz2mVx7Lp4Rt9Wn3Ks6Hd1Fg5Yb0Ce\n");
        AuthConfig config = new AuthConfig();
        config.setJwtSecretFile(file.toString());

        assertThatCode(() -> JwtSecret.from(config)).doesNotThrowAnyException();
    }
}
