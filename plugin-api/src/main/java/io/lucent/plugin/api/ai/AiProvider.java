package io.lucent.plugin.api.ai;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginContext;
import java.util.function.Consumer;

/**
 * The AI-provider extension point: chat completions from a language model service.
 *
 * <p>The settings schema declares the endpoint, the API key (marked secret), the default model and the
 * timeouts. Calls must time out (never hang a request thread) and report failures as
 * {@link io.lucent.plugin.api.PluginException} with a kind: {@code AUTHENTICATION_FAILED} for a refused key,
 * {@code LIMIT_EXCEEDED} for the service's rate limit, {@code TIMEOUT}, or {@code EXTERNAL_FAILURE}. The host
 * never sends raw dataset rows to a provider. Implementations are thread-safe.
 */
public interface AiProvider extends LucentExtension {

    /**
     * Sends the conversation and waits for the whole answer.
     *
     * @param request the request
     * @param context the call context, with the provider settings
     * @return the answer with token usage
     * @throws io.lucent.plugin.api.PluginException if the service fails, refuses or times out
     */
    ChatResponse chat(ChatRequest request, PluginContext context);

    /**
     * Whether {@link #chatStreaming} streams tokens as they are generated.
     *
     * @return true if streaming is real, false if it falls back to one piece
     */
    default boolean supportsStreaming() {
        return false;
    }

    /**
     * Sends the conversation and hands over the answer piece by piece as it is generated. The default
     * implementation calls {@link #chat} and hands over the whole answer as one piece.
     *
     * @param request the request
     * @param onDelta receives each new piece of text, on the calling thread
     * @param context the call context
     * @return the complete answer with token usage
     * @throws io.lucent.plugin.api.PluginException if the service fails, refuses or times out
     */
    default ChatResponse chatStreaming(ChatRequest request, Consumer<String> onDelta, PluginContext context) {
        ChatResponse response = chat(request, context);
        onDelta.accept(response.content());
        return response;
    }
}
