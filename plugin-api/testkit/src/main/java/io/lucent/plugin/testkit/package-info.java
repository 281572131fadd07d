/**
 * The Lucent plugin test kit: loads a built plugin zip the way the Lucent host does and checks it against
 * the plugin rules and the contract of each extension kind.
 *
 * <p>Start with {@link io.lucent.plugin.testkit.PluginZip} (the zip's layout and manifest) and
 * {@link io.lucent.plugin.testkit.LoadedPlugin} (the started plugin and its extensions), and extend the
 * contract test of your kind in an {@code *IT} test: {@link io.lucent.plugin.testkit.ForecastMethodContract},
 * {@link io.lucent.plugin.testkit.ConnectorContract}, {@link io.lucent.plugin.testkit.LiveConnectorContract},
 * {@link io.lucent.plugin.testkit.InsightRulePackContract}, {@link io.lucent.plugin.testkit.AiProviderContract}
 * or {@link io.lucent.plugin.testkit.ExporterContract}. For unit tests, build contexts with
 * {@link io.lucent.plugin.testkit.TestPluginContext}.
 *
 * <p>A check that fails throws an {@link AssertionError} (often a
 * {@link io.lucent.plugin.testkit.PluginCheckFailure}) whose message says what rule was broken and how to
 * fix it. The guide for plugin authors is {@code plugin-api/PLUGINS.md}.
 */
package io.lucent.plugin.testkit;
