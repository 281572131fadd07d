package io.lucent.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.InsightRulePack;
import io.lucent.plugin.api.insight.RuleDescriptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The contract of an {@link InsightRulePack}. Extend it in an {@code *IT} test, return the pack's id from
 * {@link #extensionId()} and metrics on which at least one rule fires from {@link #sampleInput()}.
 *
 * <p>What it checks: rules are declared with well-formed, unique ids; the sample produces insights, each
 * from a declared rule, in that rule's category, with a title; evaluation is deterministic (same insights in
 * the same order) and thread-safe; input without any metric produces no failure (a missing metric means "rule
 * not applicable").
 */
public abstract class InsightRulePackContract extends ExtensionContract<InsightRulePack> {

    /** Creates the contract. */
    protected InsightRulePackContract() {
        super(ExtensionKind.INSIGHT_RULE_PACK, InsightRulePack.class);
    }

    /**
     * Metrics on which at least one rule of the pack fires.
     *
     * @return the input
     */
    protected abstract InsightInput sampleInput();

    /**
     * Evaluates the pack with a fresh context; fails if it throws.
     *
     * @param input the metrics
     * @return the insights
     */
    protected final List<Insight> evaluate(InsightInput input) {
        try {
            List<Insight> insights = extension().evaluate(input, newContext());
            assertThat(insights).as("insights of rule pack '%s'", extensionId()).isNotNull();
            return insights;
        } catch (RuntimeException e) {
            throw new AssertionError("evaluating rule pack '" + extensionId() + "' on dataset '" + input.datasetName()
                    + "' threw " + e, e);
        }
    }

    /** Rules are declared, with well-formed unique ids and descriptions. */
    @Test
    public void declaresItsRules() {
        List<RuleDescriptor> rules = extension().rules();
        assertThat(rules).as("rules()").isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (RuleDescriptor rule : rules) {
            assertThat(rule.id()).as("rule id").matches("[a-z0-9][a-z0-9._-]{0,63}");
            assertThat(ids.add(rule.id())).as("rule id '%s' is unique", rule.id()).isTrue();
            assertThat(rule.description()).as("description of rule '%s'", rule.id()).isNotBlank();
        }
    }

    /** The sample produces insights, each from a declared rule, in its category, with a title. */
    @Test
    public void everyInsightComesFromADeclaredRule() {
        Map<String, RuleDescriptor> rules = extension().rules().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, Function.identity(), (a, b) -> a));
        List<Insight> insights = evaluate(sampleInput());
        assertThat(insights).as("insights on the sample input (no rule fired)").isNotEmpty();
        for (Insight insight : insights) {
            assertThat(rules).as("declared rules (insight '%s' names rule '%s')", insight.title(), insight.ruleId())
                    .containsKey(insight.ruleId());
            assertThat(insight.category()).as("category of insight '%s'", insight.title())
                    .isEqualTo(rules.get(insight.ruleId()).category());
            assertThat(insight.title()).as("title of an insight of rule '%s'", insight.ruleId()).isNotBlank();
        }
    }

    /** The same input gives the same insights in the same order. */
    @Test
    public void isDeterministic() {
        assertThat(evaluate(sampleInput())).as("insights on a second evaluation").isEqualTo(evaluate(sampleInput()));
    }

    /**
     * Evaluations from eight threads at once give the same insights as one at a time.
     *
     * @throws Exception if an evaluation fails
     */
    @Test
    public void isThreadSafe() throws Exception {
        List<Insight> expected = evaluate(sampleInput());
        List<Callable<List<Insight>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> evaluate(sampleInput()));
        }
        for (List<Insight> insights : runConcurrently(tasks)) {
            assertThat(insights).as("insights of a concurrent evaluation").isEqualTo(expected);
        }
    }

    /** Input without any metric does not make the pack fail: a missing metric means the rule does not apply. */
    @Test
    public void toleratesInputWithoutMetrics() {
        evaluate(new InsightInput("empty", LocalDate.of(2026, 1, 15), Map.of(), Map.of()));
    }
}
