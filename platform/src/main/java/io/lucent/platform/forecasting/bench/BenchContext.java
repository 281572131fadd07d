package io.lucent.platform.forecasting.bench;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;

/**
 * The plugin context of benchmark calls: a method's default settings, local mode, never cancelled.
 *
 * @param settings the settings (the method's schema validated against no user input)
 */
record BenchContext(Settings settings) implements PluginContext {

    private static final System.Logger LOGGER = System.getLogger("io.lucent.bench");

    @Override
    public System.Logger logger() {
        return LOGGER;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public String tenantId() {
        return "bench";
    }

    @Override
    public Mode mode() {
        return Mode.LOCAL;
    }

    @Override
    public ProgressReporter progress() {
        return ProgressReporter.NONE;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
