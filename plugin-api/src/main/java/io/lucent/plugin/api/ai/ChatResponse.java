package io.lucent.plugin.api.ai;

import java.util.Objects;

/**
 * A chat-completion answer.
 *
 * @param content      the generated text (a JSON object when JSON was requested)
 * @param model        the model that answered, as the provider names it
 * @param usage        the tokens consumed
 * @param finishReason why generation stopped, as the provider says it (for example {@code "stop"} or
 *                     {@code "length"}); empty if unknown
 */
public record ChatResponse(String content, String model, TokenUsage usage, String finishReason) {

    /**
     * Validates the response.
     *
     * @param content the {@code content} component
     * @param model the {@code model} component
     * @param usage the {@code usage} component
     * @param finishReason the {@code finishReason} component
     */
    public ChatResponse {
        Objects.requireNonNull(content, "content is null");
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(usage, "usage is null");
        finishReason = finishReason == null ? "" : finishReason;
    }
}
