package io.lucent.plugin.api.ai;

import java.util.Objects;

/**
 * One message of a conversation.
 *
 * @param role    who wrote it
 * @param content the text
 */
public record ChatMessage(ChatRole role, String content) {

    /**
     * Validates the message.
     *
     * @param role the {@code role} component
     * @param content the {@code content} component
     */
    public ChatMessage {
        Objects.requireNonNull(role, "role is null");
        Objects.requireNonNull(content, "content is null");
    }

    /**
     * A system message.
     *
     * @param content the text
     * @return the message
     */
    public static ChatMessage system(String content) {
        return new ChatMessage(ChatRole.SYSTEM, content);
    }

    /**
     * A user message.
     *
     * @param content the text
     * @return the message
     */
    public static ChatMessage user(String content) {
        return new ChatMessage(ChatRole.USER, content);
    }
}
