package io.lucent.plugin.api.ai;

/** Who wrote a chat message. */
public enum ChatRole {
    /** Instructions from the host. */
    SYSTEM,
    /** The user's words. */
    USER,
    /** The model's earlier answers. */
    ASSISTANT
}
