package io.lucent.plugin.api;

import io.lucent.plugin.api.settings.SettingsSchema;
import org.pf4j.ExtensionPoint;

/**
 * The common base of every Lucent extension.
 *
 * <p>The host creates one instance of each extension class per plugin and calls it from many threads at
 * once, for many tenants: implementations must be thread-safe and must hold no per-tenant or per-call state
 * in fields. Everything a call needs arrives through its arguments and its {@link PluginContext}.
 */
public interface LucentExtension extends ExtensionPoint {

    /**
     * The stable identifier of this extension, unique within its kind, for example {@code "csv"} or
     * {@code "ets"}. Users, saved settings and the REST API refer to it, so it must never change between
     * versions. 1 to 64 characters: lower-case letters, digits, dots, dashes and underscores, starting with a
     * letter or digit (the pattern {@code [a-z0-9][a-z0-9._-]{0,63}}); the host refuses other ids.
     *
     * @return the identifier
     */
    String id();

    /**
     * A short human-readable name shown in the user interface, for example {@code "CSV files"}.
     *
     * @return the display name
     */
    String displayName();

    /**
     * A sentence or two describing what this extension does, shown in documentation and forms.
     *
     * @return the description, empty by default
     */
    default String description() {
        return "";
    }

    /**
     * The settings this extension accepts. The host validates user input against this schema before every
     * call and hands the validated values over as {@link PluginContext#settings()}. The host also turns the
     * schema into JSON Schema for its documentation and forms.
     *
     * @return the schema, empty by default
     */
    default SettingsSchema settingsSchema() {
        return SettingsSchema.EMPTY;
    }
}
