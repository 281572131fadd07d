package io.lucent.plugin.testkit;

import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.SettingType;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks what every extension of a plugin declares about itself: id, name and settings schema. */
final class ExtensionChecks {

    /** The form of an extension id, as {@link LucentExtension#id()} documents it and the host enforces it. */
    static final Pattern EXTENSION_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final PluginZip zip;
    private final List<String> problems = new ArrayList<>();

    ExtensionChecks(PluginZip zip) {
        this.zip = zip;
    }

    void run(Map<ExtensionKind, List<LucentExtension>> extensions) {
        if (extensions.values().stream().allMatch(List::isEmpty)) {
            problems.add("it contributes no extension of any Lucent kind");
        }
        extensions.forEach(this::checkKind);
        if (!problems.isEmpty()) {
            throw new PluginCheckFailure("Plugin " + zip.manifest().id(), problems);
        }
    }

    private void checkKind(ExtensionKind kind, List<LucentExtension> extensions) {
        Set<String> ids = new HashSet<>();
        for (LucentExtension extension : extensions) {
            String id;
            try {
                id = extension.id();
            } catch (RuntimeException e) {
                problems.add("a " + kind.wireName() + " throws from id(): " + e);
                continue;
            }
            String label = kind.wireName() + " '" + id + "'";
            if (id == null || !EXTENSION_ID.matcher(id).matches()) {
                problems.add(label + ": the id must be 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or digit");
            }
            if (!ids.add(id)) {
                problems.add(label + ": two " + kind.wireName() + " extensions share this id");
            }
            checkDescription(label, extension);
            checkSchema(label, extension);
        }
    }

    private void checkDescription(String label, LucentExtension extension) {
        String name = extension.displayName();
        if (name == null || name.isBlank()) {
            problems.add(label + ": displayName() is blank");
        }
        if (extension.description() == null) {
            problems.add(label + ": description() is null; return an empty string instead");
        }
    }

    private void checkSchema(String label, LucentExtension extension) {
        SettingsSchema schema;
        try {
            schema = extension.settingsSchema();
        } catch (RuntimeException e) {
            problems.add(label + ": settingsSchema() throws " + e);
            return;
        }
        if (schema == null) {
            problems.add(label + ": settingsSchema() is null; return SettingsSchema.EMPTY instead");
            return;
        }
        if (!schema.equals(extension.settingsSchema())) {
            problems.add(label + ": settingsSchema() returns a different schema on each call");
        }
        for (SettingDescriptor setting : schema.settings()) {
            if (setting.label().isBlank()) {
                problems.add(label + ": setting '" + setting.name() + "' has a blank label");
            }
            if (setting.secret() && setting.type() != SettingType.STRING) {
                problems.add(label + ": setting '" + setting.name() + "' is secret but of type " + setting.type()
                        + "; only text settings can be secret");
            }
            if (setting.secret() && setting.defaultValue() != null) {
                problems.add(label + ": secret setting '" + setting.name() + "' has a default value");
            }
        }
    }
}
