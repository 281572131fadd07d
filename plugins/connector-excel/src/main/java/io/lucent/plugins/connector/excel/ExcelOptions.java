package io.lucent.plugins.connector.excel;

import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.util.Optional;

/**
 * The connector's settings.
 *
 * @param sheet      the sheet to read, by name or 1-based position; empty for the first sheet
 * @param headerRow  the row holding column names (1-based), 0 for none, or empty for the first non-blank row
 * @param sampleRows rows read (in a first pass) to infer column types
 */
record ExcelOptions(Optional<String> sheet, Optional<Integer> headerRow, int sampleRows) {

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.string("sheet", "Sheet").withDescription("Sheet name or 1-based position; default: the first sheet"),
            SettingDescriptor.integer("headerRow", "Header row")
                    .withDescription("Row number of the column names (1-based), 0 if there is none; default: the first non-blank row")
                    .withRange(0, 1_048_576),
            SettingDescriptor.integer("sampleRows", "Rows read to infer types")
                    .withDescription("Default: the whole sheet (a first pass over the rows before reading them)")
                    .withDefault(1_048_576).withRange(1, 1_048_576));

    static ExcelOptions from(Settings settings) {
        return new ExcelOptions(settings.optionalString("sheet").map(String::strip).filter(s -> !s.isEmpty()),
                settings.optionalLong("headerRow").map(Math::toIntExact), settings.intValue("sampleRows"));
    }
}
