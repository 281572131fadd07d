package io.lucent.platform.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lucent.platform.errors.LucentException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What a user may do within their tenant. On the wire a role is lower case: {@code admin}, {@code analyst}, {@code viewer}. */
public enum Role {
    ADMIN,
    ANALYST,
    VIEWER;

    /** The role as clients see it, lower case; also how JSON answers write it. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a role sent by a client (any case); a 400 naming the valid roles otherwise. */
    @JsonCreator
    public static Role parse(String value) {
        if (value != null) {
            for (Role role : values()) {
                if (role.name().equalsIgnoreCase(value.strip())) {
                    return role;
                }
            }
        }
        List<String> known = Arrays.stream(values()).map(Role::wireName).toList();
        throw LucentException.invalid(value == null ? "Give a role: one of " + known : "Unknown role '" + value + "'; use one of " + known);
    }
}
