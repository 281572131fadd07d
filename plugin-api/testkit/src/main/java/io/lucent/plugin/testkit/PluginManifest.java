package io.lucent.plugin.testkit;

import java.util.Objects;

/**
 * The descriptor of a plugin, read from the {@code plugin.properties} at the root of its zip.
 *
 * @param id           {@code plugin.id}: the plugin's identifier, unique among installed plugins
 * @param version      {@code plugin.version}: the plugin's own semantic version
 * @param requires     {@code plugin.requires}: the range of plugin API versions the plugin works with, for
 *                     example {@code >=1.0.0 & <2.0.0}
 * @param pluginClass  {@code plugin.class}: the {@code org.pf4j.Plugin} subclass, empty for none
 * @param provider     {@code plugin.provider}: who publishes the plugin, may be empty
 * @param license      {@code plugin.license}: the plugin's license, may be empty
 * @param dependencies {@code plugin.dependencies}: other plugins it needs, empty (Lucent plugins stand alone)
 */
public record PluginManifest(
        String id, String version, String requires, String pluginClass, String provider, String license, String dependencies) {

    /**
     * Validates and normalises the manifest.
     *
     * @param id the {@code id} component
     * @param version the {@code version} component
     * @param requires the {@code requires} component
     * @param pluginClass the {@code pluginClass} component
     * @param provider the {@code provider} component
     * @param license the {@code license} component
     * @param dependencies the {@code dependencies} component
     */
    public PluginManifest {
        id = Objects.requireNonNullElse(id, "").trim();
        version = Objects.requireNonNullElse(version, "").trim();
        requires = Objects.requireNonNullElse(requires, "").trim();
        pluginClass = Objects.requireNonNullElse(pluginClass, "").trim();
        provider = Objects.requireNonNullElse(provider, "").trim();
        license = Objects.requireNonNullElse(license, "").trim();
        dependencies = Objects.requireNonNullElse(dependencies, "").trim();
    }
}
