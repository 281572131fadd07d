package io.lucent.platform.plugins;

import com.codahale.metrics.health.HealthCheck;

/** Healthy while the plugin is started (or deliberately disabled); unhealthy with the reason once it failed. */
public final class PluginHealthCheck extends HealthCheck {

    private final PluginRegistry registry;
    private final String pluginId;

    public PluginHealthCheck(PluginRegistry registry, String pluginId) {
        this.registry = registry;
        this.pluginId = pluginId;
    }

    @Override
    protected Result check() {
        return registry.plugin(pluginId).map(status -> switch (status.state()) {
            case STARTED -> Result.healthy("started, version " + status.version());
            case DISABLED -> Result.healthy("disabled by configuration");
            case FAILED -> Result.unhealthy(status.failureReason());
        }).orElse(Result.unhealthy("not loaded"));
    }
}
