package io.lucent.plugin.api.ai;

import java.util.List;
import java.util.Objects;

/**
 * A chat-completion request.
 *
 * @param messages    the conversation so far, not empty
 * @param model       the model to use, or {@code null} for the provider's configured default
 * @param temperature sampling temperature from 0 to 2, or {@code null} for the provider default
 * @param maxTokens   the most tokens to generate, or {@code null} for the provider default
 * @param format      the answer's form
 */
public record ChatRequest(List<ChatMessage> messages, String model, Double temperature, Integer maxTokens, ResponseFormat format) {

    /**
     * Validates and copies.
     *
     * @param messages the {@code messages} component
     * @param model the {@code model} component
     * @param temperature the {@code temperature} component
     * @param maxTokens the {@code maxTokens} component
     * @param format the {@code format} component
     * @throws IllegalArgumentException if there are no messages or a number is out of range
     */
    public ChatRequest {
        messages = List.copyOf(messages);
        Objects.requireNonNull(format, "format is null");
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a chat request needs at least one message");
        }
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("temperature must be between 0 and 2");
        }
        if (maxTokens != null && maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1");
        }
    }

    /**
     * A plain-text request with provider defaults.
     *
     * @param messages the conversation
     * @return the request
     */
    public static ChatRequest of(List<ChatMessage> messages) {
        return new ChatRequest(messages, null, null, null, ResponseFormat.TEXT);
    }
}
