package io.lucent.rules.declarative;

/**
 * A threshold of the pack, declared in the file and offered as a setting.
 *
 * @param name         the setting's name
 * @param label        its label
 * @param description  what it does
 * @param integer      whether it is a whole number
 * @param defaultValue its default
 * @param min          the smallest allowed value
 * @param max          the largest allowed value
 */
record SettingSpec(String name, String label, String description, boolean integer, double defaultValue, double min, double max) {
}
