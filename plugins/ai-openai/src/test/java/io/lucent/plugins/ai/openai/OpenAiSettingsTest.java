package io.lucent.plugins.ai.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.settings.InvalidSettingsException;
import io.lucent.plugin.api.settings.Settings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    @Test
    void appliesDefaultsAroundTheRequiredModel() {
        OpenAiSettings settings = OpenAiSettings.from(OpenAiSettings.SCHEMA.validate(Map.of("model", "gpt-4o-mini")));

        assertThat(settings.chatCompletions()).isEqualTo(URI.create("https://api.openai.com/v1/chat/completions"));
        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.maxRetries()).isEqualTo(2);
    }

    @Test
    void requiresAModel() {
        assertThatThrownBy(() -> OpenAiSettings.SCHEMA.validate(Map.of())).isInstanceOf(InvalidSettingsException.class);
        assertThatThrownBy(() -> OpenAiSettings.from(Settings.EMPTY))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT));
    }

    @Test
    void dropsTrailingSlashesOfTheBaseUrl() {
        OpenAiSettings settings = OpenAiSettings.from(new Settings(Map.of("model", "m", "baseUrl", "http://localhost:11434/v1/")));

        assertThat(settings.chatCompletions()).isEqualTo(URI.create("http://localhost:11434/v1/chat/completions"));
    }

    @Test
    void refusesABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> OpenAiSettings.from(new Settings(Map.of("model", "m", "baseUrl", "ftp://example.com"))))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT));
    }

    @Test
    void marksTheApiKeyAsSecretAndNeverPrintsIt() {
        OpenAiSettings settings = OpenAiSettings.from(new Settings(Map.of("model", "m", "apiKey", "sk-very-secret")));

        assertThat(OpenAiSettings.SCHEMA.find("apiKey")).hasValueSatisfying(d -> assertThat(d.secret()).isTrue());
        assertThat(settings.toString()).doesNotContain("sk-very-secret");
    }
}
