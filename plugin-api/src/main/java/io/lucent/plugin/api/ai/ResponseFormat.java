package io.lucent.plugin.api.ai;

/** The form the answer must take. */
public enum ResponseFormat {
    /** Free text. */
    TEXT,
    /** A single JSON object; providers use the model's JSON mode where it has one. */
    JSON
}
