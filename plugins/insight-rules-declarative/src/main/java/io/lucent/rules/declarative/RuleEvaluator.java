package io.lucent.rules.declarative;

import io.lucent.plugin.api.data.ColumnBatch;
import io.lucent.plugin.api.insight.Confidence;
import io.lucent.plugin.api.insight.Insight;
import io.lucent.plugin.api.insight.InsightInput;
import io.lucent.plugin.api.insight.Metric;
import io.lucent.plugin.api.insight.MetricTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates one declared rule: reads its table's rows, keeps those meeting every condition, ranks them, and
 * renders an insight per row with the templates. Supporting metrics are the numbers the texts state, then the
 * columns used by the conditions and the columns listed under {@code metrics}. A missing table means the rule
 * does not apply.
 */
final class RuleEvaluator {

    private RuleEvaluator() {
    }

    static List<Insight> evaluate(RuleSpec rule, InsightInput input, Map<String, Double> settings) {
        Optional<MetricTable> table = input.table(rule.table());
        if (table.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = rows(table.get().rows());
        List<Map<String, Object>> matching = new ArrayList<>(rows.stream()
                .filter(row -> row.get(rule.subject()) != null)
                .filter(row -> rule.when().stream().allMatch(c -> c.holds(row, settings)))
                .toList());
        if (rule.orderBy() != null) {
            Comparator<Map<String, Object>> order = Comparator.comparing(row -> number(row.get(rule.orderBy())),
                    Comparator.nullsLast(rule.descending() ? Comparator.<Double>reverseOrder() : Comparator.<Double>naturalOrder()));
            matching.sort(order.thenComparing(row -> String.valueOf(row.get(rule.subject()))));
        }
        return matching.stream().limit(rule.limit()).map(row -> insight(rule, row, settings)).toList();
    }

    private static Insight insight(RuleSpec rule, Map<String, Object> row, Map<String, Double> settings) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        String title = rule.title().render(row, settings, metrics);
        String description = rule.text().render(row, settings, metrics);
        String action = rule.action().render(row, settings, metrics);
        List<String> extra = new ArrayList<>();
        rule.when().forEach(c -> extra.add(c.metric()));
        extra.addAll(rule.metrics());
        for (String column : extra) {
            Double value = number(row.get(column));
            if (value != null) {
                metrics.putIfAbsent(column, new Metric(column, Template.label(column), value, ""));
            }
        }
        Confidence confidence = !rule.high().isEmpty() && rule.high().stream().allMatch(c -> c.holds(row, settings)) ? Confidence.HIGH
                : !rule.medium().isEmpty() && rule.medium().stream().allMatch(c -> c.holds(row, settings)) ? Confidence.MEDIUM : Confidence.LOW;
        return new Insight(rule.id(), rule.category(), title, description, confidence, String.valueOf(row.get(rule.subject())),
                List.copyOf(metrics.values()), action);
    }

    private static List<Map<String, Object>> rows(ColumnBatch batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < batch.rowCount(); r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 0; c < batch.schema().columns().size(); c++) {
                row.put(batch.schema().columns().get(c).name(), batch.value(r, c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Double number(Object value) {
        return value instanceof Number number && Double.isFinite(number.doubleValue()) ? number.doubleValue() : null;
    }
}
