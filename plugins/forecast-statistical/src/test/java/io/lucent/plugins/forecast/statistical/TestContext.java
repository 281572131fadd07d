package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;
import java.util.Map;

/**
 * A plugin context for tests.
 *
 * @param settings  the settings
 * @param cancelled whether the call is cancelled
 */
public record TestContext(Settings settings, boolean cancelled) implements PluginContext {

    /**
     * A context with a method's settings validated from raw values.
     *
     * @param method the method
     * @param raw    the raw settings
     * @return the context
     */
    public static TestContext of(ForecastMethod method, Map<String, ?> raw) {
        return new TestContext(method.settingsSchema().validate(raw), false);
    }

    /**
     * A context with a method's default settings.
     *
     * @param method the method
     * @return the context
     */
    public static TestContext defaults(ForecastMethod method) {
        return of(method, Map.of());
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

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
