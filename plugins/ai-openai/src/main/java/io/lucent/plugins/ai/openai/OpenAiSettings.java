package io.lucent.plugins.ai.openai;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Optional;

/**
 * The provider settings of one call.
 *
 * @param baseUrl        the API root, without trailing slash; requests go to {@code {baseUrl}/chat/completions}
 * @param apiKey         the bearer token, absent for services without authentication (a local Ollama)
 * @param model          the model used when the request names none
 * @param connectTimeout how long to wait for the TCP/TLS connection
 * @param requestTimeout how long one attempt may take, from sending the request to the end of the answer
 *                       (streamed or not)
 * @param maxRetries     how many times a rate-limited (429) or failed (5xx) request is retried
 */
record OpenAiSettings(URI baseUrl, Optional<String> apiKey, String model, Duration connectTimeout, Duration requestTimeout,
        int maxRetries) {

    static final String BASE_URL = "baseUrl";
    static final String API_KEY = "apiKey";
    static final String MODEL = "model";
    static final String CONNECT_TIMEOUT = "connectTimeoutSeconds";
    static final String REQUEST_TIMEOUT = "requestTimeoutSeconds";
    static final String MAX_RETRIES = "maxRetries";

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.string(BASE_URL, "Base URL")
                    .withDescription("The API root of an OpenAI-compatible service, for example https://api.openai.com/v1, "
                            + "https://api.groq.com/openai/v1 or http://localhost:11434/v1 (Ollama).")
                    .withDefault("https://api.openai.com/v1"),
            SettingDescriptor.secret(API_KEY, "API key")
                    .withDescription("Sent as a bearer token. Leave empty for services without authentication, such as a local Ollama."),
            SettingDescriptor.string(MODEL, "Model")
                    .withDescription("The model to use when a request names none, for example gpt-4o-mini or llama3.1.")
                    .asRequired(),
            SettingDescriptor.integer(CONNECT_TIMEOUT, "Connect timeout (seconds)")
                    .withDefault(10L).withRange(1, 300),
            SettingDescriptor.integer(REQUEST_TIMEOUT, "Request timeout (seconds)")
                    .withDescription("The longest one attempt may take, including a streamed answer.")
                    .withDefault(120L).withRange(1, 3600),
            SettingDescriptor.integer(MAX_RETRIES, "Retries")
                    .withDescription("How often to retry after a rate limit (429) or server error (5xx), waiting as the "
                            + "service asks (Retry-After) or with exponential backoff, at most 30 seconds per wait.")
                    .withDefault(2L).withRange(0, 10));

    /**
     * Reads the settings.
     *
     * @throws PluginException of kind INVALID_INPUT if the base URL is not an http(s) URL or no model is set
     */
    static OpenAiSettings from(Settings settings) {
        String model = settings.optionalString(MODEL).map(String::strip).filter(m -> !m.isEmpty())
                .orElseThrow(() -> invalid("Set the model to use, for example gpt-4o-mini."));
        Optional<String> apiKey = settings.optionalString(API_KEY).map(String::strip).filter(key -> !key.isEmpty());
        return new OpenAiSettings(
                baseUrl(settings.optionalString(BASE_URL).orElse("https://api.openai.com/v1")),
                apiKey,
                model,
                Duration.ofSeconds(settings.optionalLong(CONNECT_TIMEOUT).orElse(10L)),
                Duration.ofSeconds(settings.optionalLong(REQUEST_TIMEOUT).orElse(120L)),
                Math.toIntExact(settings.optionalLong(MAX_RETRIES).orElse(2L)));
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", apiKey=" + (apiKey.isPresent() ? "***" : "none") + ", model=" + model
                + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", maxRetries=" + maxRetries + "]";
    }

    /** The chat completions endpoint. */
    URI chatCompletions() {
        return URI.create(baseUrl + "/chat/completions");
    }

    private static URI baseUrl(String text) {
        String trimmed = text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        try {
            URI uri = new URI(trimmed);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw invalid("The base URL must be an http or https URL, not '" + text + "'.");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("The base URL '" + text + "' is not a valid URL.");
        }
    }

    private static PluginException invalid(String message) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, message);
    }
}
