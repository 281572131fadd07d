package io.lucent.platform.plugins;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a plugin's declared settings into JSON Schema (draft 2020-12) for documentation and forms. */
public final class SettingsJsonSchema {

    private SettingsJsonSchema() {
    }

    public static Map<String, Object> of(SettingsSchema schema) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (SettingDescriptor setting : schema.settings()) {
            properties.put(setting.name(), property(setting));
            if (setting.required()) {
                required.add(setting.name());
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.put("type", "object");
        json.put("properties", properties);
        json.put("required", required);
        json.put("additionalProperties", false);
        return json;
    }

    private static Map<String, Object> property(SettingDescriptor setting) {
        Map<String, Object> property = new LinkedHashMap<>();
        property.put("title", setting.label());
        if (!setting.description().isEmpty()) {
            property.put("description", setting.description());
        }
        switch (setting.type()) {
            case STRING -> property.put("type", "string");
            case INTEGER -> property.put("type", "integer");
            case NUMBER -> property.put("type", "number");
            case BOOLEAN -> property.put("type", "boolean");
            case ENUM -> {
                property.put("type", "string");
                property.put("enum", setting.allowedValues());
            }
            case NUMBER_LIST -> {
                property.put("type", "array");
                property.put("items", bounded(Map.of("type", "number"), setting));
            }
            case STRING_LIST -> {
                property.put("type", "array");
                property.put("items", Map.of("type", "string"));
            }
        }
        if (setting.type() == io.lucent.plugin.api.settings.SettingType.INTEGER
                || setting.type() == io.lucent.plugin.api.settings.SettingType.NUMBER) {
            property.putAll(bounded(Map.of(), setting));
        }
        if (setting.secret()) {
            property.put("writeOnly", true);
            property.put("format", "password");
        } else if (setting.defaultValue() != null) {
            property.put("default", setting.defaultValue());
        }
        return property;
    }

    private static Map<String, Object> bounded(Map<String, Object> base, SettingDescriptor setting) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        if (setting.minimum() != null) {
            out.put("minimum", setting.minimum());
        }
        if (setting.maximum() != null) {
            out.put("maximum", setting.maximum());
        }
        return out;
    }
}
