package io.lucent.platform.plugins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.plugin.api.ExtensionKind;
import io.lucent.plugin.api.LucentExtension;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.platform.metadata.TenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's saved settings for an extension (for example an AI provider's endpoint and API key). Saved values
 * are validated against the extension's schema; secrets are never returned, only masked. Thread-safe.
 */
public final class ExtensionSettingsStore {

    /** What the API shows in place of a saved secret; sending it back keeps the saved value. */
    public static final String MASK = "********";

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final TenantDatabase database;
    private final ObjectMapper json;
    private final Clock clock;

    public ExtensionSettingsStore(TenantDatabase database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
        this.clock = clock;
    }

    /** The raw saved values (secrets included) to merge under per-call settings; empty if none saved. */
    public Map<String, Object> saved(TenantContext tenant, ExtensionKind kind, String extensionId) {
        return database.inTenant(tenant, handle -> handle.createQuery(
                        "SELECT settings_json FROM extension_settings WHERE kind = :kind AND extension_id = :id")
                .bind("kind", kind.wireName()).bind("id", extensionId)
                .mapTo(String.class).findOne())
                .map(this::parse).orElse(Map.of());
    }

    /** The saved values with secrets masked, for display. */
    public Map<String, Object> masked(TenantContext tenant, ExtensionKind kind, LucentExtension extension) {
        Map<String, Object> values = new LinkedHashMap<>(saved(tenant, kind, extension.id()));
        for (SettingDescriptor setting : extension.settingsSchema().settings()) {
            if (setting.secret() && values.containsKey(setting.name())) {
                values.put(setting.name(), MASK);
            }
        }
        return values;
    }

    /**
     * Validates and saves settings, replacing the previous ones. A secret sent as {@link #MASK} keeps its saved
     * value.
     */
    public void save(TenantContext tenant, ExtensionKind kind, LucentExtension extension, Map<String, Object> given) {
        Map<String, Object> previous = saved(tenant, kind, extension.id());
        Map<String, Object> values = new LinkedHashMap<>(given);
        for (SettingDescriptor setting : extension.settingsSchema().settings()) {
            if (setting.secret() && MASK.equals(values.get(setting.name()))) {
                Optional.ofNullable(previous.get(setting.name())).ifPresentOrElse(
                        old -> values.put(setting.name(), old), () -> values.remove(setting.name()));
            }
        }
        values.values().removeIf(java.util.Objects::isNull);
        PluginContexts.validate(extension, values);
        String text = write(values);
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        database.inTenant(tenant, handle -> {
            handle.createUpdate("DELETE FROM extension_settings WHERE kind = :kind AND extension_id = :id")
                    .bind("kind", kind.wireName()).bind("id", extension.id()).execute();
            return handle.createUpdate("INSERT INTO extension_settings (kind, extension_id, settings_json, updated_at, updated_by) "
                            + "VALUES (:kind, :id, :json, :now, :user)")
                    .bind("kind", kind.wireName()).bind("id", extension.id()).bind("json", text)
                    .bind("now", now).bind("user", tenant.userId()).execute();
        });
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored extension settings are not valid JSON", e);
        }
    }

    private String write(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
