package io.lucent.plugin.api;

import io.lucent.plugin.api.settings.Settings;
import java.time.Clock;

/**
 * What the host hands to a plugin for one call: the narrow view of the platform a plugin is allowed to see.
 *
 * <p>A context belongs to one call on one thread; do not keep it after the call returns. Plugins never see
 * the plugin manager, the dependency injector or other tenants' data.
 */
public interface PluginContext {

    /**
     * A logger for this plugin. The host adds the plugin id, tenant id and request id to every line.
     *
     * @return the logger
     */
    System.Logger logger();

    /**
     * The clock to use for "now"; tests replace it. Never call {@code System.currentTimeMillis()} for
     * business logic.
     *
     * @return the clock
     */
    Clock clock();

    /**
     * The settings for this call, already validated against the extension's
     * {@link LucentExtension#settingsSchema()} and completed with defaults.
     *
     * @return the settings
     */
    Settings settings();

    /**
     * The tenant the call is made for. In local mode there is one fixed tenant. Use it only for logging or
     * to namespace external resources; the host already scopes all data it hands over.
     *
     * @return the tenant id
     */
    String tenantId();

    /**
     * How the host is deployed.
     *
     * @return the mode
     */
    Mode mode();

    /**
     * Where to report progress of a long call.
     *
     * @return the progress reporter, a no-op one when nobody watches
     */
    ProgressReporter progress();

    /**
     * Whether the call was cancelled (by the user, a timeout or shutdown). Long loops should check it
     * regularly, or call {@link #throwIfCancelled()}.
     *
     * @return true once the call has been cancelled
     */
    boolean isCancelled();

    /**
     * Throws {@link CancelledException} if the call was cancelled; does nothing otherwise.
     *
     * @throws CancelledException if the call was cancelled
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancelledException("The operation was cancelled");
        }
    }
}
