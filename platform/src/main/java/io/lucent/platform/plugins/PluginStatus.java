package io.lucent.platform.plugins;

import java.util.List;

/**
 * One plugin as the host sees it.
 *
 * @param id            the plugin id ({@code plugin.id}), or the file name when the descriptor could not be read
 * @param version       the plugin version, empty when unknown
 * @param state         started, disabled or failed
 * @param failureReason why it failed, null unless failed
 * @param source        the file or directory it came from
 * @param requires      the plugin-API range it declares
 * @param provider      who made it
 * @param extensions    its extensions (empty unless started)
 */
public record PluginStatus(String id, String version, PluginState state, String failureReason, String source,
                           String requires, String provider, List<ExtensionDescriptor> extensions) {

    public PluginStatus {
        extensions = List.copyOf(extensions);
        version = version == null ? "" : version;
        requires = requires == null ? "" : requires;
        provider = provider == null ? "" : provider;
    }

    static PluginStatus failed(String id, String version, String source, String requires, String provider, String reason) {
        return new PluginStatus(id, version, PluginState.FAILED, reason, source, requires, provider, List.of());
    }

    PluginStatus asFailed(String reason) {
        return new PluginStatus(id, version, PluginState.FAILED, reason, source, requires, provider, List.of());
    }
}
