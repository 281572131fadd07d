package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.platform.errors.LucentException;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void readsARoleInAnyCaseWithSurroundingSpaces() {
        assertThat(Role.parse(" Analyst ")).isEqualTo(Role.ANALYST);
        assertThat(Role.parse("VIEWER")).isEqualTo(Role.VIEWER);
    }

    @Test
    void anUnknownRoleIsRefusedNamingItAndTheKnownRoles() {
        assertThatThrownBy(() -> Role.parse("owner")).isInstanceOf(LucentException.class)
                .hasMessage("Unknown role 'owner'; use one of [admin, analyst, viewer]");
    }

    @Test
    void aMissingRoleIsRefusedAskingForOneInsteadOfNamingNull() {
        assertThatThrownBy(() -> Role.parse(null)).isInstanceOf(LucentException.class)
                .hasMessage("Give a role: one of [admin, analyst, viewer]");
    }
}
