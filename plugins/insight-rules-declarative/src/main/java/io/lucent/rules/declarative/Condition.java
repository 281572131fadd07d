package io.lucent.rules.declarative;

import java.util.Map;

/**
 * One test on a row: {@code metric op value}, where the value is a constant or a setting.
 *
 * @param metric  the column
 * @param op      one of {@code < <= > >= == !=}
 * @param value   the constant, or null
 * @param setting the setting's name, or null
 */
record Condition(String metric, String op, Double value, String setting) {

    /** Whether the row satisfies it; a missing or non-numeric value never does. */
    boolean holds(Map<String, Object> row, Map<String, Double> settings) {
        if (!(row.get(metric) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            return false;
        }
        double x = number.doubleValue();
        double y = setting != null ? settings.get(setting) : value;
        return switch (op) {
            case "<" -> x < y;
            case "<=" -> x <= y;
            case ">" -> x > y;
            case ">=" -> x >= y;
            case "==" -> x == y;
            case "!=" -> x != y;
            default -> throw new IllegalStateException("unknown operator " + op);
        };
    }
}
