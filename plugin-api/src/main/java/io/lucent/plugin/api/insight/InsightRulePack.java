package io.lucent.plugin.api.insight;

import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.PluginContext;
import java.util.List;

/**
 * The insight-rule-pack extension point: a set of rules over computed metrics.
 *
 * <p>Rules are deterministic: the same input and settings give the same insights in the same order. Rule
 * thresholds belong in the pack's settings schema with sensible defaults. Implementations are thread-safe.
 */
public interface InsightRulePack extends LucentExtension {

    /**
     * The rules of this pack.
     *
     * @return the rules, in evaluation order
     */
    List<RuleDescriptor> rules();

    /**
     * Evaluates every rule on the metrics.
     *
     * @param input   the computed metrics
     * @param context the call context; its settings hold the thresholds
     * @return the insights found, possibly none
     */
    List<Insight> evaluate(InsightInput input, PluginContext context);
}
