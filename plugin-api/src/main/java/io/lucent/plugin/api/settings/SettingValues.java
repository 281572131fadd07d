package io.lucent.plugin.api.settings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Converts raw setting values (from JSON or YAML) to the Java type of their {@link SettingType}. */
final class SettingValues {

    private SettingValues() {
    }

    static Object coerce(String name, SettingType type, List<String> allowed, Double min, Double max, Object raw) {
        switch (type) {
            case STRING:
                return text(name, raw);
            case ENUM: {
                String value = text(name, raw);
                if (!allowed.contains(value)) {
                    throw new IllegalArgumentException(
                            "setting '" + name + "' must be one of " + allowed + ", not '" + value + "'");
                }
                return value;
            }
            case BOOLEAN:
                return bool(name, raw);
            case INTEGER: {
                double value = number(name, raw);
                if (value != Math.rint(value) || Double.isInfinite(value)) {
                    throw new IllegalArgumentException("setting '" + name + "' must be a whole number");
                }
                checkRange(name, value, min, max);
                return (long) value;
            }
            case NUMBER: {
                double value = number(name, raw);
                checkRange(name, value, min, max);
                return value;
            }
            case NUMBER_LIST: {
                List<Double> values = new ArrayList<>();
                for (Object item : list(name, raw)) {
                    double value = number(name, item);
                    checkRange(name, value, min, max);
                    values.add(value);
                }
                return List.copyOf(values);
            }
            case STRING_LIST: {
                List<String> values = new ArrayList<>();
                for (Object item : list(name, raw)) {
                    values.add(text(name, item));
                }
                return List.copyOf(values);
            }
            default:
                throw new IllegalStateException("unknown setting type " + type);
        }
    }

    private static String text(String name, Object raw) {
        if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
            return raw.toString();
        }
        throw new IllegalArgumentException("setting '" + name + "' must be text");
    }

    private static boolean bool(String name, Object raw) {
        if (raw instanceof Boolean) {
            return (Boolean) raw;
        }
        if (raw instanceof String) {
            String value = ((String) raw).trim().toLowerCase(Locale.ROOT);
            if (value.equals("true") || value.equals("false")) {
                return Boolean.parseBoolean(value);
            }
        }
        throw new IllegalArgumentException("setting '" + name + "' must be true or false");
    }

    private static double number(String name, Object raw) {
        double value;
        if (raw instanceof Number) {
            value = ((Number) raw).doubleValue();
        } else if (raw instanceof String) {
            try {
                value = Double.parseDouble(((String) raw).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting '" + name + "' must be a number, not '" + raw + "'");
            }
        } else {
            throw new IllegalArgumentException("setting '" + name + "' must be a number");
        }
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("setting '" + name + "' must be a number, not NaN");
        }
        return value;
    }

    private static Collection<?> list(String name, Object raw) {
        if (raw instanceof Collection) {
            return (Collection<?>) raw;
        }
        throw new IllegalArgumentException("setting '" + name + "' must be a list");
    }

    private static void checkRange(String name, double value, Double min, Double max) {
        if (min != null && value < min) {
            throw new IllegalArgumentException("setting '" + name + "' must be at least " + format(min) + ", not " + format(value));
        }
        if (max != null && value > max) {
            throw new IllegalArgumentException("setting '" + name + "' must be at most " + format(max) + ", not " + format(value));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
