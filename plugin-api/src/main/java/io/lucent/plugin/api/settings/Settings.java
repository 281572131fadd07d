package io.lucent.plugin.api.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validated setting values, produced by {@link SettingsSchema#validate(Map)}. Immutable and thread-safe.
 *
 * <p>Values arrive as the Java type of their {@link SettingType}. The typed getters throw
 * {@link IllegalStateException} when a setting has no value: declare a default or mark it required, or use
 * the {@code optional...} getters.
 */
public final class Settings {

    /** No settings at all. */
    public static final Settings EMPTY = new Settings(Map.of());

    private final Map<String, Object> values;

    /**
     * Creates settings from already validated values. Extensions normally get them from the host.
     *
     * @param values the values, keyed by setting name
     */
    public Settings(Map<String, ?> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * All values, keyed by name. Secrets are included: never log this map.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Whether a value is present.
     *
     * @param name the setting name
     * @return true if the setting has a value
     */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /**
     * A text or enum value.
     *
     * @param name the setting name
     * @return the value, if present
     */
    public Optional<String> optionalString(String name) {
        return Optional.ofNullable(values.get(name)).map(Object::toString);
    }

    /**
     * A text or enum value that must be present.
     *
     * @param name the setting name
     * @return the value
     */
    public String string(String name) {
        return optionalString(name).orElseThrow(() -> missing(name));
    }

    /**
     * A whole-number value.
     *
     * @param name the setting name
     * @return the value, if present
     */
    public Optional<Long> optionalLong(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> ((Number) v).longValue());
    }

    /**
     * A whole-number value that must be present.
     *
     * @param name the setting name
     * @return the value
     */
    public long longValue(String name) {
        return optionalLong(name).orElseThrow(() -> missing(name));
    }

    /**
     * A whole-number value that must be present and fit in an {@code int}.
     *
     * @param name the setting name
     * @return the value
     */
    public int intValue(String name) {
        return Math.toIntExact(longValue(name));
    }

    /**
     * A real-number value.
     *
     * @param name the setting name
     * @return the value, if present
     */
    public Optional<Double> optionalDouble(String name) {
        return Optional.ofNullable(values.get(name)).map(v -> ((Number) v).doubleValue());
    }

    /**
     * A real-number value that must be present.
     *
     * @param name the setting name
     * @return the value
     */
    public double doubleValue(String name) {
        return optionalDouble(name).orElseThrow(() -> missing(name));
    }

    /**
     * A boolean value.
     *
     * @param name the setting name
     * @return the value, if present
     */
    public Optional<Boolean> optionalBoolean(String name) {
        return Optional.ofNullable((Boolean) values.get(name));
    }

    /**
     * A boolean value that must be present.
     *
     * @param name the setting name
     * @return the value
     */
    public boolean booleanValue(String name) {
        return optionalBoolean(name).orElseThrow(() -> missing(name));
    }

    /**
     * A list-of-numbers value.
     *
     * @param name the setting name
     * @return the value, empty if absent
     */
    @SuppressWarnings("unchecked")
    public List<Double> numberList(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<Double>) value;
    }

    /**
     * A list-of-strings value.
     *
     * @param name the setting name
     * @return the value, empty if absent
     */
    @SuppressWarnings("unchecked")
    public List<String> stringList(String name) {
        Object value = values.get(name);
        return value == null ? List.of() : (List<String>) value;
    }

    /**
     * These settings with one value replaced or added, for example when a plugin calls one of its own
     * methods with adjusted settings. The value is not validated.
     *
     * @param name  the setting name
     * @param value the new value, of the setting's Java type
     * @return new settings
     */
    public Settings with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(name, "name is null"), Objects.requireNonNull(value, "value is null"));
        return new Settings(copy);
    }

    private static IllegalStateException missing(String name) {
        return new IllegalStateException("setting '" + name + "' has no value; declare a default or mark it required");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Settings && ((Settings) other).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + values.keySet();
    }
}
