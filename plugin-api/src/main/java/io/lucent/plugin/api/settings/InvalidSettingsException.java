package io.lucent.plugin.api.settings;

import java.util.Map;

/** Thrown by {@link SettingsSchema#validate(Map)} when user input does not fit the schema. */
public final class InvalidSettingsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> problems;

    /**
     * Creates the exception.
     *
     * @param problems one message per offending setting name
     */
    public InvalidSettingsException(Map<String, String> problems) {
        super("Invalid settings: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /**
     * What is wrong, per setting name.
     *
     * @return the problems, keyed by setting name
     */
    public Map<String, String> problems() {
        return problems;
    }
}
