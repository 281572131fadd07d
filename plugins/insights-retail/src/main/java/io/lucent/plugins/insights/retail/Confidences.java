package io.lucent.plugins.insights.retail;

import io.lucent.plugin.api.insight.Confidence;

/**
 * The confidence of a finding from its two ingredients: HIGH when the effect is strong and the data behind it
 * ample, MEDIUM when one of the two holds, LOW when neither does. Each rule says what "strong" and "ample"
 * mean for it.
 */
final class Confidences {

    private Confidences() {
    }

    static Confidence of(boolean strongEffect, boolean ampleData) {
        if (strongEffect && ampleData) {
            return Confidence.HIGH;
        }
        return strongEffect || ampleData ? Confidence.MEDIUM : Confidence.LOW;
    }
}
