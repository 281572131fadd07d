package io.lucent.plugin.api.insight;

import java.util.List;
import java.util.Objects;

/**
 * One finding produced by a rule.
 *
 * @param ruleId            the id of the rule that produced it, stable across versions
 * @param category          growth, risk, efficiency or other
 * @param title             a one-line headline, for example "Binders: stock runs out in 6 days"
 * @param description       two or three sentences explaining the finding
 * @param confidence        how much to trust it
 * @param subject           what it is about, for example a product or category name; empty for the whole
 *                          dataset
 * @param supportingMetrics the numbers behind it; every number stated in title or description is among them
 * @param recommendedAction what the user could do about it, one sentence
 */
public record Insight(
        String ruleId,
        InsightCategory category,
        String title,
        String description,
        Confidence confidence,
        String subject,
        List<Metric> supportingMetrics,
        String recommendedAction) {

    /**
     * Validates and copies.
     *
     * @param ruleId the {@code ruleId} component
     * @param category the {@code category} component
     * @param title the {@code title} component
     * @param description the {@code description} component
     * @param confidence the {@code confidence} component
     * @param subject the {@code subject} component
     * @param supportingMetrics the {@code supportingMetrics} component
     * @param recommendedAction the {@code recommendedAction} component
     */
    public Insight {
        Objects.requireNonNull(ruleId, "ruleId is null");
        Objects.requireNonNull(category, "category is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(confidence, "confidence is null");
        description = description == null ? "" : description;
        subject = subject == null ? "" : subject;
        recommendedAction = recommendedAction == null ? "" : recommendedAction;
        supportingMetrics = List.copyOf(supportingMetrics);
    }
}
