/**
 * The Lucent plugin API: the only contract between the Lucent host and its plugins.
 *
 * <p>A plugin is a PF4J plugin zip ({@code plugin.properties}, {@code classes/}, {@code lib/}) whose
 * {@code @org.pf4j.Extension} classes implement one of the five extension points:
 * {@link io.lucent.plugin.api.connector.Connector}, {@link io.lucent.plugin.api.forecast.ForecastMethod},
 * {@link io.lucent.plugin.api.insight.InsightRulePack}, {@link io.lucent.plugin.api.ai.AiProvider} and
 * {@link io.lucent.plugin.api.export.Exporter}. All of them extend {@link io.lucent.plugin.api.LucentExtension}.
 *
 * <p>Compatibility: this API follows semantic versioning independently of the platform. Within one major
 * version, plugins built against an older minor version keep working. Declare the range you need in
 * {@code plugin.requires}, for example {@code >=1.0.0 & <2.0.0}.
 *
 * <p>Class loading: a plugin's own classes and the jars in its {@code lib/} folder load first; this API, PF4J,
 * the SLF4J API and the JDK always come from the host, so do not bundle them (the build of a bundled plugin
 * fails if you do). Plugins cannot depend on other plugins: {@code plugin.dependencies} is not supported.
 * During every call into a plugin the thread context class loader is the plugin's class loader.
 *
 * <p>Null policy: no method of this API returns {@code null} or accepts {@code null} unless its Javadoc
 * says so.
 */
package io.lucent.plugin.api;
