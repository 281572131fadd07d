package io.lucent.plugins.forecast.statistical.arima;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;
import java.util.Map;

/** A plugin context for the ARIMA tests: given settings (validated against the schema), optionally cancelled. */
final class ArimaTestContext implements PluginContext {

    private final Settings settings;
    private final boolean cancelled;
    private int checks;

    private ArimaTestContext(Settings settings, boolean cancelled) {
        this.settings = settings;
        this.cancelled = cancelled;
    }

    static ArimaTestContext with(Map<String, ?> raw) {
        return new ArimaTestContext(ArimaSettings.SCHEMA.validate(raw), false);
    }

    static ArimaTestContext defaults() {
        return with(Map.of());
    }

    static ArimaTestContext cancelled() {
        return new ArimaTestContext(ArimaSettings.SCHEMA.validate(Map.of()), true);
    }

    int checks() {
        return checks;
    }

    @Override
    public System.Logger logger() {
        return System.getLogger("arima-test");
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public Settings settings() {
        return settings;
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

    @Override
    public boolean isCancelled() {
        checks++;
        return cancelled;
    }
}
