package io.lucent.plugin.api.insight;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed metrics a rule pack evaluates: named scalar values and named metric tables, all derived from
 * one dataset version by the host. Which tables and values exist is documented per dataset kind in the
 * platform guide; rule packs must treat a missing table or value as "rule not applicable", not as an error.
 *
 * @param datasetName the dataset's name, for messages
 * @param asOf        the date the metrics refer to (usually the last date in the data)
 * @param values      scalar metrics, keyed by name
 * @param tables      metric tables, keyed by name
 */
public record InsightInput(String datasetName, LocalDate asOf, Map<String, Double> values, Map<String, MetricTable> tables) {

    /**
     * Validates and copies.
     *
     * @param datasetName the {@code datasetName} component
     * @param asOf the {@code asOf} component
     * @param values the {@code values} component
     * @param tables the {@code tables} component
     */
    public InsightInput {
        Objects.requireNonNull(datasetName, "datasetName is null");
        Objects.requireNonNull(asOf, "asOf is null");
        values = Map.copyOf(values);
        tables = Map.copyOf(tables);
    }

    /**
     * A scalar metric.
     *
     * @param name the metric name
     * @return the value, if computed
     */
    public Optional<Double> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A metric table.
     *
     * @param name the table name
     * @return the table, if computed
     */
    public Optional<MetricTable> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }
}
