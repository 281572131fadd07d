package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.time.Clock;
import java.util.Map;

/** A plugin context for unit tests: validated settings, never cancelled unless asked. */
record TestContext(Settings settings, boolean isCancelled) implements PluginContext {

    static TestContext of(SettingsSchema schema, Map<String, ?> raw) {
        return new TestContext(schema.validate(raw), false);
    }

    static TestContext plain() {
        return new TestContext(Settings.EMPTY, false);
    }

    static TestContext cancelled() {
        return new TestContext(Settings.EMPTY, true);
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("test");
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public String tenantId() {
        return "test";
    }

    @Override
    public Mode mode() {
        return Mode.LOCAL;
    }

    @Override
    public ProgressReporter progress() {
        return ProgressReporter.NONE;
    }
}
