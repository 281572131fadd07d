package io.lucent.plugin.api.settings;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings an extension declares: an ordered list of {@link SettingDescriptor}s with unique names.
 *
 * <p>{@link #validate(Map)} is what the host calls on user input before each call into the extension;
 * extensions may call it too, in tests. Unknown keys are errors: a typo must not be silently ignored.
 *
 * @param settings the declared settings, in the order forms show them
 */
public record SettingsSchema(List<SettingDescriptor> settings) {

    /** A schema with no settings. */
    public static final SettingsSchema EMPTY = new SettingsSchema(List.of());

    /**
     * Validates that names are unique.
     *
     * @param settings the {@code settings} component
     * @throws IllegalArgumentException if two settings share a name
     */
    public SettingsSchema {
        settings = List.copyOf(settings);
        Set<String> names = new HashSet<>();
        for (SettingDescriptor setting : settings) {
            if (!names.add(setting.name())) {
                throw new IllegalArgumentException("setting '" + setting.name() + "' is declared twice");
            }
        }
    }

    /**
     * A schema of the given settings.
     *
     * @param settings the settings, in form order
     * @return the schema
     */
    public static SettingsSchema of(SettingDescriptor... settings) {
        return new SettingsSchema(List.of(settings));
    }

    /**
     * The descriptor with the given name.
     *
     * @param name the setting name
     * @return the descriptor, if declared
     */
    public Optional<SettingDescriptor> find(String name) {
        return settings.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Checks raw values against this schema, converts them to their declared types and fills in defaults.
     *
     * @param raw the values given by the user (from JSON or YAML): strings, numbers, booleans or lists;
     *            {@code null} values count as absent
     * @return the validated settings
     * @throws InvalidSettingsException listing every problem found, if any value is unknown, missing, of the
     *                                  wrong type or out of range
     */
    public Settings validate(Map<String, ?> raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (find(key).isEmpty()) {
                problems.put(key, "unknown setting; known settings are " + names());
            }
        }
        for (SettingDescriptor setting : settings) {
            Object given = raw.get(setting.name());
            if (given == null) {
                if (setting.defaultValue() != null) {
                    values.put(setting.name(), setting.defaultValue());
                } else if (setting.required()) {
                    problems.put(setting.name(), "is required");
                }
                continue;
            }
            try {
                values.put(setting.name(), SettingValues.coerce(setting.name(), setting.type(),
                        setting.allowedValues(), setting.minimum(), setting.maximum(), given));
            } catch (IllegalArgumentException e) {
                problems.put(setting.name(), e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new Settings(values);
    }

    private List<String> names() {
        return settings.stream().map(SettingDescriptor::name).toList();
    }
}
