package io.lucent.plugin.api.ai;

/**
 * Tokens a call consumed, for usage accounting.
 *
 * @param promptTokens     tokens in the request
 * @param completionTokens tokens generated
 */
public record TokenUsage(long promptTokens, long completionTokens) {

    /** No usage. */
    public static final TokenUsage NONE = new TokenUsage(0, 0);

    /**
     * Validates the counts.
     *
     * @param promptTokens the {@code promptTokens} component
     * @param completionTokens the {@code completionTokens} component
     * @throws IllegalArgumentException if a count is negative
     */
    public TokenUsage {
        if (promptTokens < 0 || completionTokens < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /**
     * All tokens.
     *
     * @return prompt plus completion tokens
     */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
