package io.lucent.platform.plugins;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.Mode;
import io.lucent.plugin.api.ProgressReporter;
import io.lucent.plugin.api.settings.InvalidSettingsException;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Builds the {@link io.lucent.plugin.api.PluginContext} for one call into an extension. Thread-safe. */
public final class PluginContexts {

    private final Clock clock;
    private final Mode mode;

    public PluginContexts(Clock clock, Mode mode) {
        this.clock = clock;
        this.mode = mode;
    }

    /**
     * A context for a call on behalf of {@code tenant}, with {@code rawSettings} validated against the
     * extension's schema (400 {@code invalid_settings} listing every problem otherwise).
     */
    public HostPluginContext forCall(TenantContext tenant, LucentExtension extension, Map<String, ?> rawSettings,
                                     ProgressReporter progress, BooleanSupplier cancelled) {
        return new HostPluginContext(System.getLogger("plugin." + extension.id()), clock, validate(extension, rawSettings),
                tenant.tenantId(), mode, progress, cancelled);
    }

    /** A context for a short call nobody watches and nobody cancels. */
    public HostPluginContext forCall(TenantContext tenant, LucentExtension extension, Map<String, ?> rawSettings) {
        return forCall(tenant, extension, rawSettings, ProgressReporter.NONE, () -> false);
    }

    /** Validates settings against the extension's schema, as a 400 with the problems per setting. */
    public static Settings validate(LucentExtension extension, Map<String, ?> rawSettings) {
        try {
            return extension.settingsSchema().validate(rawSettings);
        } catch (InvalidSettingsException e) {
            throw new LucentException(ErrorCode.INVALID_SETTINGS, "The settings for '" + extension.id() + "' are invalid",
                    Map.of("problems", e.problems()));
        }
    }
}
