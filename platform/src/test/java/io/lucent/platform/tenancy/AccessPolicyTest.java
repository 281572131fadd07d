package io.lucent.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy();

    static final class Undeclared {
        public void handle() {
        }
    }

    @Allowed(Role.ADMIN)
    static final class AdminsOnly {
        public void inherited() {
        }

        @Allowed({Role.ADMIN, Role.ANALYST, Role.VIEWER})
        public void openToAll() {
        }
    }

    @Test
    void aDeclaredMethodWinsOverItsClassAndTheArea() throws Exception {
        Method open = AdminsOnly.class.getMethod("openToAll");
        Method inherited = AdminsOnly.class.getMethod("inherited");
        assertThat(policy.allowedRoles(open, AdminsOnly.class, "POST", "/api/v1/datasets")).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(policy.allowedRoles(inherited, AdminsOnly.class, "GET", "/api/v1/datasets")).containsExactly(Role.ADMIN);
    }

    @Test
    void undeclaredRoutesFollowTheIssuesMatrixByArea() throws Exception {
        Method method = Undeclared.class.getMethod("handle");
        assertThat(policy.allowedRoles(method, Undeclared.class, "GET", "/api/v1/datasets/1")).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(policy.allowedRoles(method, Undeclared.class, "PUT", "/api/v1/datasets/1")).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
        assertThat(policy.allowedRoles(method, Undeclared.class, "DELETE", "/api/v1/datasets/1")).containsExactly(Role.ADMIN);
        assertThat(policy.allowedRoles(method, Undeclared.class, "POST", "/api/v1/forecasts")).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
        assertThat(policy.allowedRoles(method, Undeclared.class, "GET", "/api/v1/connectors")).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
        assertThat(policy.allowedRoles(method, Undeclared.class, "PUT", "/api/v1/tenant")).containsExactly(Role.ADMIN);
        assertThat(policy.allowedRoles(method, Undeclared.class, "GET", "/api/v1/audit")).containsExactly(Role.ADMIN);
        assertThat(policy.allowedRoles(method, Undeclared.class, "GET", "/api/v1/forecasts/1/diagnostics")).isEqualTo(EnumSet.allOf(Role.class));
    }
}
