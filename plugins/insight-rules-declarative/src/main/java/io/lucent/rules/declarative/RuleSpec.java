package io.lucent.rules.declarative;

import io.lucent.plugin.api.insight.InsightCategory;
import java.util.List;

/**
 * One rule as declared.
 *
 * @param id          the rule id
 * @param category    its category
 * @param description what it looks for
 * @param table       the metric table it reads
 * @param subject     the column naming what an insight is about
 * @param when        the conditions, all of which must hold
 * @param orderBy     the column to rank matching rows by, or null for table order
 * @param descending  whether the largest comes first
 * @param limit       the most insights it reports
 * @param title       the title template
 * @param text        the description template
 * @param action      the recommended-action template
 * @param high        conditions that, all holding, make an insight HIGH confidence
 * @param medium      conditions that, all holding, make it MEDIUM (else LOW)
 * @param metrics     further columns to list as supporting metrics
 */
record RuleSpec(String id, InsightCategory category, String description, String table, String subject, List<Condition> when, String orderBy,
                boolean descending, int limit, Template title, Template text, Template action, List<Condition> high, List<Condition> medium,
                List<String> metrics) {
}
