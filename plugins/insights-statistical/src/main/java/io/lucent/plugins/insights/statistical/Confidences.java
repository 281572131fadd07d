package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.insight.Confidence;

/** HIGH when the effect is strong and the data ample, MEDIUM when one of the two holds, LOW otherwise. */
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
