package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadedPluginTest {

    @TempDir
    Path work;

    private LoadedPlugin loadReporting(String notes) {
        return PluginZip.at(new TestForecastPlugins().withNotes(notes).buildZip(work, "reporting")).load();
    }

    private List<String> notesOfOneForecast(LoadedPlugin plugin) {
        ForecastMethod method = plugin.extension(ForecastMethod.class, "naive");
        TimeSeries series = TestSeries.trend(10);
        return method.forecast(ForecastRequest.of(series, 3), TestPluginContext.forExtension(method)).notes();
    }

    @Test
    void callsRunWithThePluginClassLoaderAsContextClassLoader() {
        try (LoadedPlugin plugin = loadReporting(
                "String.valueOf(Thread.currentThread().getContextClassLoader() == NaiveMethod.class.getClassLoader())")) {
            assertThat(notesOfOneForecast(plugin)).containsExactly("true");
            assertThat(Thread.currentThread().getContextClassLoader()).isNotSameAs(plugin.classLoader());
        }
    }

    @Test
    void thePluginSeesTheApiSlf4jAndTheJdkButNotTheTestClassPath() {
        try (LoadedPlugin plugin = loadReporting("String.valueOf(visible(\"io.lucent.plugin.api.forecast.ForecastMethod\")), "
                + "String.valueOf(visible(\"java.net.http.HttpClient\")), "
                + "String.valueOf(visible(\"org.slf4j.Logger\")), "
                + "String.valueOf(visible(\"org.junit.jupiter.api.Test\")), "
                + "String.valueOf(visible(\"io.lucent.plugin.testkit.TestSeries\"))")) {
            assertThat(notesOfOneForecast(plugin)).containsExactly("true", "true", "true", "false", "false");
        }
    }

    @Test
    void thePluginUsesItsOwnLibraryFromLib() {
        Path zip = new TestPluginBuilder(work, "with-library")
                .libraryFromSources("greeting-1.0.jar", java.util.Map.of("com.example.greeting.Greeting", """
                        package com.example.greeting;
                        public final class Greeting {
                            public static String text() { return "hello from lib"; }
                        }
                        """))
                .source(TestForecastPlugins.CLASS_NAME, new TestForecastPlugins().withNotes(
                        "com.example.greeting.Greeting.text(), "
                                + "String.valueOf(com.example.greeting.Greeting.class.getClassLoader() == NaiveMethod.class.getClassLoader())")
                        .source())
                .build();
        try (LoadedPlugin plugin = PluginZip.at(zip).load()) {
            assertThat(notesOfOneForecast(plugin)).containsExactly("hello from lib", "true");
        }
    }

    @Test
    void theExtensionSharesTheApiTypesOfTheHost() {
        try (LoadedPlugin plugin = loadReporting("")) {
            Object extension = io.lucent.plugin.testkit.internal.PluginCallHandler.unwrap(
                    plugin.extension(ForecastMethod.class, "naive"));
            assertThat(extension.getClass().getClassLoader()).isSameAs(plugin.classLoader());
            assertThat(extension).isInstanceOf(ForecastMethod.class);
        }
    }

    @Test
    void closingDeletesTheTemporaryPluginsDirectory() {
        LoadedPlugin plugin = loadReporting("");
        Path installed = Path.of(plugin.classLoader().getResource("META-INF/extensions.idx").getPath()).getParent().getParent();
        assertThat(installed).exists();

        plugin.close();
        plugin.close();

        assertThat(Files.exists(installed)).isFalse();
    }
}
