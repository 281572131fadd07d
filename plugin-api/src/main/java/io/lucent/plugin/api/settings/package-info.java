/**
 * Declared, typed settings of an extension: the {@link io.lucent.plugin.api.settings.SettingsSchema} a plugin
 * declares, and the validated {@link io.lucent.plugin.api.settings.Settings} the host hands back.
 */
package io.lucent.plugin.api.settings;
