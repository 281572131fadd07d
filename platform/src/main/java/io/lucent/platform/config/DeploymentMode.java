package io.lucent.platform.config;

import io.lucent.plugin.api.Mode;

/** The two ways Lucent is deployed; chosen by the {@code mode} key of the config file. */
public enum DeploymentMode {
    /** One person on their own machine: SQLite, in-process state, 127.0.0.1, no login. */
    LOCAL,
    /** Many tenants: PostgreSQL, Redis, authentication. */
    SAAS;

    /** The mode as plugins see it. */
    public Mode toPluginMode() {
        return this == LOCAL ? Mode.LOCAL : Mode.SAAS;
    }
}
