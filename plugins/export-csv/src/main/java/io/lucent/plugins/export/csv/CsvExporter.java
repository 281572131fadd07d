package io.lucent.plugins.export.csv;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.export.Exporter;
import io.lucent.plugin.api.export.ReportBlock;
import io.lucent.plugin.api.export.ReportDocument;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pf4j.Extension;

/**
 * Exports a report's tables as one UTF-8 CSV file (RFC 4180: CRLF line ends, fields quoted when needed).
 *
 * <p>What is written: every table of the document and the data of every chart, in document order, one after
 * another. Blocks are separated by a blank line, and a block with a caption (table caption, chart title)
 * starts with a line holding only the caption. Headings and paragraphs are not written: CSV has no place
 * for them. A chart is written as a table of its categories and one column per series.
 *
 * <p>Formula injection: every text cell (and every column name and caption) that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is prefixed with a single quote so that
 * spreadsheets show it as text instead of evaluating it. Numbers typed as numbers are written plainly, so
 * {@code -5} in a DECIMAL column stays {@code -5}; the text {@code "-5"} in a TEXT column becomes
 * {@code '-5}. See {@link FormulaNeutraliser} and {@link CellFormatter}.
 *
 * <p>Settings: {@code bom} writes a UTF-8 byte-order mark first (Excel needs it to read UTF-8);
 * {@code delimiter} chooses comma (default), semicolon (for spreadsheets in locales with a decimal comma) or
 * tab.
 */
@Extension
public final class CsvExporter implements Exporter {

    static final String BOM = "bom";
    static final String DELIMITER = "delimiter";

    private static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.bool(BOM, "Byte-order mark")
                    .withDescription("Start the file with a UTF-8 byte-order mark, so Excel detects UTF-8.")
                    .withDefault(false),
            SettingDescriptor.choice(DELIMITER, "Delimiter", List.of("comma", "semicolon", "tab"))
                    .withDescription("The field separator: comma, semicolon (for locales with a decimal comma) or tab.")
                    .withDefault("comma"));

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV";
    }

    @Override
    public String description() {
        return "Writes the report's tables and chart data as CSV (UTF-8), one after another, with formula-injection protection.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return SCHEMA;
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public void export(ReportDocument document, OutputStream out, PluginContext context) throws IOException {
        Settings settings = context.settings();
        // Not closed: closing would close the caller's stream; flushed instead.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (settings.optionalBoolean(BOM).orElse(false)) {
            writer.write('\uFEFF');
        }
        BlockWriter blocks = new BlockWriter(new CsvRowWriter(writer, delimiter(settings)));
        for (ReportBlock block : document.blocks()) {
            context.throwIfCancelled();
            if (block instanceof ReportBlock.Table table) {
                blocks.write(table);
            } else if (block instanceof ReportBlock.Chart chart) {
                blocks.write(chart);
            }
        }
        writer.flush();
    }

    private static char delimiter(Settings settings) {
        return switch (settings.optionalString(DELIMITER).orElse("comma")) {
            case "semicolon" -> ';';
            case "tab" -> '\t';
            default -> ',';
        };
    }
}
