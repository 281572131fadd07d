package io.lucent.plugin.api.insight;

/**
 * How much to trust an insight, from the data quality and the effect size behind it (how many observations,
 * how strong the effect).
 */
public enum Confidence {
    /** Plenty of data and a strong, clear effect. */
    HIGH,
    /** Enough data or a clear effect, not both. */
    MEDIUM,
    /** Little data or a weak effect: worth a look, not a decision. */
    LOW
}
