package io.lucent.plugin.api;

/** How the host is deployed. Plugins may adapt defaults to it, for example stricter limits in SaaS mode. */
public enum Mode {
    /** One person on their own machine. */
    LOCAL,
    /** Many tenants sharing one installation. */
    SAAS
}
