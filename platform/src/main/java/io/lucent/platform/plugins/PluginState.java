package io.lucent.platform.plugins;

/** The state of a plugin as the host reports it. */
public enum PluginState {
    /** Loaded, started, its extensions available. */
    STARTED,
    /** Switched off in the configuration; not started. */
    DISABLED,
    /** Could not be loaded, started or validated, or broke at run time; the reason says why. */
    FAILED
}
