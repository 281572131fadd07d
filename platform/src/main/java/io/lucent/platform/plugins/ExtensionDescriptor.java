package io.lucent.platform.plugins;

import java.util.Map;

/**
 * What the host knows about one extension: for listings, documentation and forms.
 *
 * @param kind           the extension kind's wire name, e.g. {@code forecast-method}
 * @param id             the extension id, unique within its kind
 * @param name           the display name
 * @param description    the description
 * @param settingsSchema the settings as JSON Schema
 */
public record ExtensionDescriptor(String kind, String id, String name, String description, Map<String, Object> settingsSchema) {

    public ExtensionDescriptor {
        settingsSchema = Map.copyOf(settingsSchema);
    }
}
