package io.lucent.plugins.connector.json;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Reads JSON files: an array of records or newline-delimited JSON (NDJSON / JSON Lines), streamed with Jackson.
 * Nested objects become dotted column names, arrays JSON text; types are inferred over the first records
 * (ISO dates and timestamps in strings are recognised).
 */
@Extension
public final class JsonConnector implements Connector {

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.integer("sampleRows", "Records sampled for columns and types").withDefault(1000).withRange(1, 100_000));

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String displayName() {
        return "JSON files";
    }

    @Override
    public String description() {
        return "A JSON array of records, or newline-delimited JSON (one record per line).";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    public Set<ConnectorCapability> capabilities() {
        return Set.of(ConnectorCapability.FILE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("json", "ndjson", "jsonl");
    }

    @Override
    public TableReader readFile(FileInput input, PluginContext context) {
        context.throwIfCancelled();
        int sampleRows = context.settings().intValue("sampleRows");
        JsonRecords records = JsonRecords.open(input.content(), input.fileName());
        try {
            return JsonTableReader.open(records, sampleRows, input.fileName());
        } catch (RuntimeException e) {
            records.close();
            throw e;
        }
    }
}
