package io.lucent.plugins.insights.statistical;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.InsightRulePack;
import io.lucent.plugin.api.insight.RuleDescriptor;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * The statistical rule pack ({@code statistical}): significant trends, change points, anomalies and strong
 * correlations in the time series of any dataset with a date and numeric columns.
 *
 * <p>It reads two long-format metric tables, {@code series_daily} and {@code series_monthly} (columns
 * {@code series}, {@code aggregate}, {@code period}, {@code value}, and {@code partial} for months); see the
 * README. Stateless, thread-safe and deterministic; every number an insight states is among its supporting
 * metrics.
 */
@Extension
public final class StatisticalRulePack implements InsightRulePack {

    private static final List<StatisticalRule> RULES = List.of(new TrendRule(true), new TrendRule(false),
            new ChangePointRule(true), new ChangePointRule(false), new AnomalyRule(), new CorrelationRule());

    @Override
    public String id() {
        return "statistical";
    }

    @Override
    public String displayName() {
        return "Statistical";
    }

    @Override
    public String description() {
        return "Finds significant trends (Mann-Kendall), change points (Pettitt), anomalies (robust z-score on STL residuals) and strong "
                + "correlations in the daily and monthly series of any dataset with a date and numeric columns.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return StatisticalThresholds.SCHEMA;
    }

    @Override
    public List<RuleDescriptor> rules() {
        return RULES.stream().map(StatisticalRule::descriptor).toList();
    }

    @Override
    public List<Insight> evaluate(InsightInput input, PluginContext context) {
        context.throwIfCancelled();
        List<Series> daily = SeriesTables.read(input, SeriesTables.DAILY);
        List<Series> monthly = SeriesTables.read(input, SeriesTables.MONTHLY);
        StatisticalThresholds thresholds = StatisticalThresholds.from(context.settings());
        List<Insight> insights = new ArrayList<>();
        for (StatisticalRule rule : RULES) {
            context.throwIfCancelled();
            insights.addAll(rule.evaluate(daily, monthly, thresholds));
        }
        return insights;
    }
}
