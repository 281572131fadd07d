package io.lucent.platform.wiring;

/** What a mode does once at start-up, after the shared tables are migrated (seed or migrate tenants). */
public interface ModeStartup {
    void run();
}
