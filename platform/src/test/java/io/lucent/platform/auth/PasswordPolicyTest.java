package io.lucent.platform.auth;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.errors.LucentException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThatCode(() -> policy.check("correct horse battery staple", "ana@acme.example", "Ana Lima")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortCommonRepetitiveAndPersonalPasswords() {
        assertThatThrownBy(() -> policy.check("short", "ana@acme.example", "Ana Lima")).isInstanceOf(LucentException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> policy.check("password1234", "ana@acme.example", "Ana Lima")).hasMessageContaining("common");
        assertThatThrownBy(() -> policy.check("aaaaaaaaaaaaaaaa", "ana@acme.example", "Ana Lima")).hasMessageContaining("different");
        assertThatThrownBy(() -> policy.check("abcdefghijklmnop", "ana@acme.example", "Ana Lima")).hasMessageContaining("different");
        assertThatThrownBy(() -> policy.check("my-anabela-2026-x", "anabela@acme.example", "Ana Lima")).hasMessageContaining("email");
        assertThatThrownBy(() -> policy.check("lima-is-my-town!", "ana@acme.example", "Ana Lima")).hasMessageContaining("name");
        assertThatThrownBy(() -> policy.check("x".repeat(64) + "y".repeat(65), "ana@acme.example", "Ana Lima")).hasMessageContaining("at most 128");
    }
}
