package io.lucent.platform.tenancy;

/** What a user may do within their tenant. */
public enum Role {
    ADMIN,
    ANALYST,
    VIEWER
}
