package io.lucent.plugins.ai.openai;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.ai.AiProvider;
import io.lucent.plugin.api.ai.ChatRequest;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.function.Consumer;
import org.pf4j.Extension;

/**
 * Chat completions from any service that speaks the OpenAI protocol ({@code POST {baseUrl}/chat/completions}):
 * OpenAI, Groq, a local Ollama, vLLM and others. JSON output uses the services' JSON mode; streaming is real
 * (server-sent events), handing pieces over as the model writes them.
 *
 * <p>Failures: a refused key (401/403) is AUTHENTICATION_FAILED, a rate limit (429, after retries)
 * LIMIT_EXCEEDED, no answer in time TIMEOUT, anything else (5xx after retries, unreachable service,
 * malformed answer) EXTERNAL_FAILURE; messages quote the service's explanation and never the API key.
 * See {@link OpenAiSettings} for the settings. Thread-safe and stateless.
 */
@Extension
public final class OpenAiProvider implements AiProvider {

    private final ChatCompletionsClient client;

    /** The provider as the host creates it. */
    public OpenAiProvider() {
        this(Sleeper.REAL);
    }

    OpenAiProvider(Sleeper sleeper) {
        this.client = new ChatCompletionsClient(new ObjectMapper(), sleeper);
    }

    @Override
    public String id() {
        return "openai";
    }

    @Override
    public String displayName() {
        return "OpenAI-compatible";
    }

    @Override
    public String description() {
        return "Chat completions from OpenAI or any compatible service (Groq, Ollama, vLLM), with JSON mode and streaming.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return OpenAiSettings.SCHEMA;
    }

    @Override
    public ChatResponse chat(ChatRequest request, PluginContext context) {
        context.throwIfCancelled();
        return client.complete(request, OpenAiSettings.from(context.settings()), context);
    }

    @Override
    public boolean supportsStreaming() {
        return true;
    }

    @Override
    public ChatResponse chatStreaming(ChatRequest request, Consumer<String> onDelta, PluginContext context) {
        context.throwIfCancelled();
        return client.stream(request, onDelta, OpenAiSettings.from(context.settings()), context);
    }
}
