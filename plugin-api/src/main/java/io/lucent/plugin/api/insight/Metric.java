package io.lucent.plugin.api.insight;

import java.util.Objects;

/**
 * A named number supporting an insight. Every number an insight's text states must appear among its
 * supporting metrics, so users (and AI explanations) can check it.
 *
 * @param name  a stable key, for example {@code "days_of_cover"}
 * @param label a human label, for example {@code "Days of cover"}
 * @param value the value
 * @param unit  the unit, for example {@code "days"}, {@code "%"} or {@code "USD"}; empty if none
 */
public record Metric(String name, String label, double value, String unit) {

    /**
     * Validates the metric.
     *
     * @param name the {@code name} component
     * @param label the {@code label} component
     * @param value the {@code value} component
     * @param unit the {@code unit} component
     */
    public Metric {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(label, "label is null");
        unit = unit == null ? "" : unit;
    }
}
