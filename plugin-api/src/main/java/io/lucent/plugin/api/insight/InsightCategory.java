package io.lucent.plugin.api.insight;

/** What kind of finding an insight is. */
public enum InsightCategory {
    /** An opportunity to sell or earn more. */
    GROWTH,
    /** Something that may cost money or sales if ignored. */
    RISK,
    /** A way to spend less or use stock, time or money better. */
    EFFICIENCY,
    /** Anything else worth knowing. */
    OTHER
}
