package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.PluginApiVersion;
import io.lucent.plugin.api.forecast.ForecastMethod;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginZipTest {

    @TempDir
    Path work;

    private TestPluginBuilder plugin(String pluginId) {
        return new TestPluginBuilder(work, pluginId).source(TestForecastPlugins.CLASS_NAME, new TestForecastPlugins().source());
    }

    @Test
    void loadsAWellFormedPluginAndFindsItsExtensionById() {
        PluginZip zip = PluginZip.at(plugin("good").build());

        assertThat(zip.manifest().id()).isEqualTo("good");
        assertThat(zip.manifest().requires()).isEqualTo(">=1.0.0 & <2.0.0");
        try (LoadedPlugin loaded = zip.load()) {
            assertThat(loaded.pluginId()).isEqualTo("good");
            assertThat(loaded.extensions(ExtensionKind.FORECAST_METHOD)).hasSize(1);
            assertThat(loaded.extension(ForecastMethod.class, "naive").displayName()).isEqualTo("Naive (test)");
            assertThatThrownBy(() -> loaded.extension(ForecastMethod.class, "ets"))
                    .isInstanceOf(PluginCheckFailure.class)
                    .hasMessageContaining("no forecast-method with id 'ets'").hasMessageContaining("[naive]");
        }
    }

    @Test
    void readsTheZipNamedByTheSystemProperty() {
        Path built = plugin("from-property").build();
        String previous = System.getProperty(PluginZip.ZIP_PROPERTY);
        System.setProperty(PluginZip.ZIP_PROPERTY, built.toString());
        try {
            assertThat(PluginZip.fromSystemProperty().path()).isEqualTo(built.toAbsolutePath());
        } finally {
            if (previous == null) {
                System.clearProperty(PluginZip.ZIP_PROPERTY);
            } else {
                System.setProperty(PluginZip.ZIP_PROPERTY, previous);
            }
        }
    }

    @Test
    void rejectsAMissingZipWithAHintToBuildIt() {
        assertThatThrownBy(() -> PluginZip.at(work.resolve("nothing.zip")))
                .isInstanceOf(PluginCheckFailure.class).hasMessageContaining("mvn package");
    }

    @Test
    void rejectsAZipWithoutPluginProperties() {
        Path zip = plugin("no-properties").withoutProperty("plugin.id").withoutProperty("plugin.version")
                .withoutProperty("plugin.requires").withoutProperty("plugin.provider").build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("no plugin.properties");
    }

    @Test
    void listsEveryManifestProblemAtOnce() {
        Path zip = plugin("bad manifest").property("plugin.version", "one").withoutProperty("plugin.requires").build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOfSatisfying(PluginCheckFailure.class, failure ->
                assertThat(failure.problems()).hasSize(3).anySatisfy(p -> assertThat(p).contains("plugin.id 'bad manifest'"))
                        .anySatisfy(p -> assertThat(p).contains("plugin.version 'one'"))
                        .anySatisfy(p -> assertThat(p).contains("plugin.requires is missing")));
    }

    @Test
    void rejectsARequiresRangeWithoutUpperBound() {
        Path zip = plugin("open-range").property("plugin.requires", ">=1.0.0").build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("admits the next major API version 2.0.0");
    }

    @Test
    void rejectsARequiresRangeThatExcludesThisApiVersion() {
        Path zip = plugin("future").property("plugin.requires", ">=2.0.0 & <3.0.0").build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("excludes the plugin API version " + PluginApiVersion.current());
    }

    @Test
    void rejectsTheApiOrPf4jBundledInLib() {
        Path zip = plugin("bundles-api")
                .library("pf4j-3.14.1.jar", Map.of("org/pf4j/Plugin.class", new byte[] {1}))
                .library("helpers-1.0.jar", Map.of("io/lucent/plugin/api/LucentExtension.class", new byte[] {1}))
                .build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOfSatisfying(PluginCheckFailure.class, failure ->
                assertThat(failure.problems())
                        .anySatisfy(p -> assertThat(p).contains("lib/ contains pf4j-3.14.1.jar"))
                        .anySatisfy(p -> assertThat(p).contains("lib/helpers-1.0.jar contains io/lucent/plugin/api/LucentExtension.class")));
    }

    @Test
    void rejectsApiClassesInClasses() {
        Path zip = plugin("api-in-classes").source("io.lucent.plugin.api.Shadow", """
                package io.lucent.plugin.api;
                public final class Shadow { }
                """).build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("classes/ contains io/lucent/plugin/api/Shadow.class");
    }

    @Test
    void rejectsAZipWithoutExtensionsIndex() {
        Path zip = plugin("no-index").withoutAnnotationProcessing().build();

        assertThatThrownBy(() -> PluginZip.at(zip)).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("no classes/META-INF/extensions.idx");
    }

    @Test
    void reportsWhyThePluginDidNotStart() {
        Path zip = plugin("fails-to-start").property("plugin.class", "test.plugin.FailingPlugin")
                .source("test.plugin.FailingPlugin", """
                        package test.plugin;
                        public class FailingPlugin extends org.pf4j.Plugin {
                            @Override
                            public void start() {
                                throw new IllegalStateException("the licence key is missing");
                            }
                        }
                        """).build();
        PluginZip checked = PluginZip.at(zip);

        assertThatThrownBy(checked::load).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("did not reach STARTED but is FAILED")
                .hasMessageContaining("the licence key is missing");
    }

    @Test
    void rejectsMalformedAndDuplicateExtensionIds() {
        Path zip = new TestPluginBuilder(work, "bad-ids")
                .source(TestForecastPlugins.CLASS_NAME, new TestForecastPlugins().id("Naive Method").source())
                .source("test.plugin.other.NaiveMethod", new TestForecastPlugins().id("Naive Method").source()
                        .replace("package test.plugin;", "package test.plugin.other;"))
                .build();
        PluginZip checked = PluginZip.at(zip);

        assertThatThrownBy(checked::load).isInstanceOfSatisfying(PluginCheckFailure.class, failure ->
                assertThat(failure.problems())
                        .anySatisfy(p -> assertThat(p).contains("'Naive Method': the id must be"))
                        .anySatisfy(p -> assertThat(p).contains("two forecast-method extensions share this id")));
    }

    @Test
    void rejectsAnExtensionThatNeedsALibraryMissingFromTheZip() {
        Path zip = plugin("missing-library").source("test.plugin.NeedsAssertj", """
                package test.plugin;

                import io.lucent.plugin.api.PluginContext;
                import io.lucent.plugin.api.forecast.*;

                @org.pf4j.Extension
                public final class NeedsAssertj extends org.assertj.core.api.Assertions implements ForecastMethod {
                    public String id() { return "needs-assertj"; }
                    public String displayName() { return "Needs AssertJ"; }
                    public ForecastResult forecast(ForecastRequest request, PluginContext context) {
                        throw new UnsupportedOperationException();
                    }
                }
                """).build();
        PluginZip checked = PluginZip.at(zip);

        assertThatThrownBy(checked::load).isInstanceOf(PluginCheckFailure.class)
                .hasMessageContaining("test.plugin.NeedsAssertj cannot be loaded from the plugin (is a library missing from lib/?)");
    }
}
