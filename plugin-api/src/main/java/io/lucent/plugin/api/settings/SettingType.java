package io.lucent.plugin.api.settings;

/** The type of one setting, which decides how the host validates it and the Java type it arrives as. */
public enum SettingType {
    /** Free text, arrives as {@link String}. */
    STRING,
    /** A whole number, arrives as {@link Long}. */
    INTEGER,
    /** A real number, arrives as {@link Double}. */
    NUMBER,
    /** True or false, arrives as {@link Boolean}. */
    BOOLEAN,
    /** One of {@link SettingDescriptor#allowedValues()}, arrives as {@link String}. */
    ENUM,
    /** A list of numbers, arrives as an unmodifiable {@code List<Double>}. */
    NUMBER_LIST,
    /** A list of strings, arrives as an unmodifiable {@code List<String>}. */
    STRING_LIST
}
