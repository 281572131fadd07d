package io.lucent.plugins.ai.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.ai.ChatResponse;
import io.lucent.plugin.api.ai.TokenUsage;
import java.util.Optional;

/** Reads chat-completion responses, chunks and error bodies of the OpenAI protocol. */
final class ResponseReader {

    private static final int MAX_MESSAGE = 500;

    private ResponseReader() {
    }

    /**
     * Parses a complete (non-streamed) response body.
     *
     * @throws PluginException of kind EXTERNAL_FAILURE if it is not JSON or has no choice
     */
    static ChatResponse completion(ObjectMapper json, String body, String requestedModel) {
        JsonNode root = parse(json, body);
        JsonNode choice = root.path("choices").path(0);
        if (choice.isMissingNode()) {
            throw malformed("its response has no choices");
        }
        JsonNode content = choice.path("message").path("content");
        return new ChatResponse(content.isTextual() ? content.asText() : "", model(root, requestedModel),
                usage(root).orElse(TokenUsage.NONE), text(choice.path("finish_reason")));
    }

    /** Parses one JSON document, or fails as EXTERNAL_FAILURE. */
    static JsonNode parse(ObjectMapper json, String body) {
        try {
            JsonNode root = json.readTree(body);
            if (root == null || !root.isObject()) {
                throw malformed("its response is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed("its response is not valid JSON");
        }
    }

    /** The model the service says answered, else the one requested. */
    static String model(JsonNode root, String requestedModel) {
        String model = text(root.path("model"));
        return model.isEmpty() ? requestedModel : model;
    }

    /**
     * The token usage of a response or final chunk: {@code usage} as OpenAI, Ollama and vLLM send it, or
     * {@code x_groq.usage} as Groq sends it in streams.
     */
    static Optional<TokenUsage> usage(JsonNode root) {
        JsonNode usage = root.path("usage");
        if (!usage.isObject()) {
            usage = root.path("x_groq").path("usage");
        }
        if (!usage.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new TokenUsage(Math.max(0, usage.path("prompt_tokens").asLong(0)),
                Math.max(0, usage.path("completion_tokens").asLong(0))));
    }

    /**
     * The service's own explanation in an error body: {@code error.message} (OpenAI, Groq, vLLM),
     * {@code error} as a string (Ollama) or {@code message}; else the start of the body.
     */
    static String errorMessage(ObjectMapper json, String body) {
        String message;
        try {
            JsonNode root = json.readTree(body);
            JsonNode error = root == null ? null : root.path("error");
            if (error != null && error.isObject() && error.path("message").isTextual()) {
                message = error.path("message").asText();
            } else if (error != null && error.isTextual()) {
                message = error.asText();
            } else if (root != null && root.path("message").isTextual()) {
                message = root.path("message").asText();
            } else {
                message = body;
            }
        } catch (JsonProcessingException e) {
            message = body;
        }
        message = message.strip().replaceAll("\\s+", " ");
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    }

    static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }

    static PluginException malformed(String what) {
        return new PluginException(PluginException.Kind.EXTERNAL_FAILURE, "The AI service answered, but " + what + ".");
    }
}
