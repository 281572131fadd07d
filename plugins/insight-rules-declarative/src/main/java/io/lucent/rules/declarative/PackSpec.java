package io.lucent.rules.declarative;

import java.util.List;

/**
 * A whole rules file.
 *
 * @param id          the pack's extension id
 * @param name        its display name
 * @param description what it does
 * @param settings    its thresholds
 * @param rules       its rules, in evaluation order
 */
record PackSpec(String id, String name, String description, List<SettingSpec> settings, List<RuleSpec> rules) {
}
