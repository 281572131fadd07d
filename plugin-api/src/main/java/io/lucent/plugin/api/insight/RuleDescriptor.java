package io.lucent.plugin.api.insight;

import java.util.Objects;

/**
 * Describes one rule of a pack, for documentation and for users choosing rules.
 *
 * @param id          the rule id, stable across versions
 * @param category    the category its insights have
 * @param description what it looks for, in one sentence
 */
public record RuleDescriptor(String id, InsightCategory category, String description) {

    /**
     * Validates the descriptor.
     *
     * @param id the {@code id} component
     * @param category the {@code category} component
     * @param description the {@code description} component
     */
    public RuleDescriptor {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(category, "category is null");
        Objects.requireNonNull(description, "description is null");
    }
}
