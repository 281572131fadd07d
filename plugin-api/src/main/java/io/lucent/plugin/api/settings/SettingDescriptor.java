package io.lucent.plugin.api.settings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One declared setting of an extension.
 *
 * <p>Create descriptors with the static factories and refine them with the {@code with...} methods, for
 * example {@code SettingDescriptor.integer("window", "Window size").withDefault(7L).withRange(1, 365)}.
 *
 * @param name          the key, lower camel case (letters and digits), unique within the schema
 * @param type          the type
 * @param label         a short label for forms
 * @param description   help text, may be empty
 * @param required      whether a value must be given (a default counts as given)
 * @param defaultValue  the value used when none is given, of the Java type {@code type} arrives as; may be
 *                      {@code null} for no default
 * @param secret        whether the value is a secret (password, API key): never logged or returned by the
 *                      host, and shown masked in forms
 * @param allowedValues for {@link SettingType#ENUM}, the allowed values; empty otherwise
 * @param minimum       for numbers, the smallest allowed value (inclusive); {@code null} for no bound
 * @param maximum       for numbers, the largest allowed value (inclusive); {@code null} for no bound
 */
public record SettingDescriptor(
        String name,
        SettingType type,
        String label,
        String description,
        boolean required,
        Object defaultValue,
        boolean secret,
        List<String> allowedValues,
        Double minimum,
        Double maximum) {

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

    /**
     * Validates and normalises the descriptor.
     *
     * @param name the {@code name} component
     * @param type the {@code type} component
     * @param label the {@code label} component
     * @param description the {@code description} component
     * @param required the {@code required} component
     * @param defaultValue the {@code defaultValue} component
     * @param secret the {@code secret} component
     * @param allowedValues the {@code allowedValues} component
     * @param minimum the {@code minimum} component
     * @param maximum the {@code maximum} component
     * @throws IllegalArgumentException if the name is malformed, an enum has no allowed values, or the
     *                                  default value does not fit the type
     */
    public SettingDescriptor {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(label, "label is null");
        description = description == null ? "" : description;
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("setting name '" + name + "' must be lower camel case letters and digits");
        }
        if (type == SettingType.ENUM && allowedValues.isEmpty()) {
            throw new IllegalArgumentException("enum setting '" + name + "' needs allowed values");
        }
        if (minimum != null && maximum != null && minimum > maximum) {
            throw new IllegalArgumentException("setting '" + name + "' has minimum above maximum");
        }
        if (defaultValue != null) {
            defaultValue = SettingValues.coerce(name, type, allowedValues, minimum, maximum, defaultValue);
        }
    }

    /**
     * A free-text setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor string(String name, String label) {
        return new SettingDescriptor(name, SettingType.STRING, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * A secret text setting (password, API key), optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor secret(String name, String label) {
        return new SettingDescriptor(name, SettingType.STRING, label, "", false, null, true, List.of(), null, null);
    }

    /**
     * A whole-number setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor integer(String name, String label) {
        return new SettingDescriptor(name, SettingType.INTEGER, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * A real-number setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor number(String name, String label) {
        return new SettingDescriptor(name, SettingType.NUMBER, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * A boolean setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor bool(String name, String label) {
        return new SettingDescriptor(name, SettingType.BOOLEAN, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * A setting whose value is one of a fixed list, optional and without default.
     *
     * @param name          the key
     * @param label         the label
     * @param allowedValues the allowed values
     * @return the descriptor
     */
    public static SettingDescriptor choice(String name, String label, List<String> allowedValues) {
        return new SettingDescriptor(name, SettingType.ENUM, label, "", false, null, false, allowedValues, null, null);
    }

    /**
     * A list-of-numbers setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor numberList(String name, String label) {
        return new SettingDescriptor(name, SettingType.NUMBER_LIST, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * A list-of-strings setting, optional and without default.
     *
     * @param name  the key
     * @param label the label
     * @return the descriptor
     */
    public static SettingDescriptor stringList(String name, String label) {
        return new SettingDescriptor(name, SettingType.STRING_LIST, label, "", false, null, false, List.of(), null, null);
    }

    /**
     * This descriptor with a description.
     *
     * @param text the help text
     * @return a new descriptor
     */
    public SettingDescriptor withDescription(String text) {
        return new SettingDescriptor(name, type, label, text, required, defaultValue, secret, allowedValues, minimum, maximum);
    }

    /**
     * This descriptor with a default value.
     *
     * @param value the default, of a type convertible to this setting's type
     * @return a new descriptor
     */
    public SettingDescriptor withDefault(Object value) {
        return new SettingDescriptor(name, type, label, description, required, value, secret, allowedValues, minimum, maximum);
    }

    /**
     * This descriptor marked as required.
     *
     * @return a new descriptor
     */
    public SettingDescriptor asRequired() {
        return new SettingDescriptor(name, type, label, description, true, defaultValue, secret, allowedValues, minimum, maximum);
    }

    /**
     * This descriptor with an inclusive numeric range.
     *
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return a new descriptor
     */
    public SettingDescriptor withRange(double min, double max) {
        return new SettingDescriptor(name, type, label, description, required, defaultValue, secret, allowedValues, min, max);
    }

    /**
     * The default value, if any.
     *
     * @return the default value
     */
    public Optional<Object> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }
}
