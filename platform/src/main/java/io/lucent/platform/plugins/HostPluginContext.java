package io.lucent.platform.plugins;

import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The host's {@link PluginContext}: one per call, built by {@link PluginContexts}.
 *
 * @param pluginLogger a logger named after the extension
 * @param clock        the host clock
 * @param settings     validated settings
 * @param tenantId     the tenant the call is for
 * @param mode         local or SaaS
 * @param progress     where progress goes
 * @param cancelled    whether the call was cancelled
 */
public record HostPluginContext(System.Logger pluginLogger, Clock clock, Settings settings, String tenantId, Mode mode,
                                ProgressReporter progress, BooleanSupplier cancelled) implements PluginContext {

    public HostPluginContext {
        Objects.requireNonNull(pluginLogger, "pluginLogger is null");
        Objects.requireNonNull(clock, "clock is null");
        Objects.requireNonNull(settings, "settings is null");
        Objects.requireNonNull(tenantId, "tenantId is null");
        Objects.requireNonNull(mode, "mode is null");
        Objects.requireNonNull(progress, "progress is null");
        Objects.requireNonNull(cancelled, "cancelled is null");
    }

    @Override
    public System.Logger logger() {
        return pluginLogger;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }
}
