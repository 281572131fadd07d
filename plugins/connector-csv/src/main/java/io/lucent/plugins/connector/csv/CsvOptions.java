package io.lucent.plugins.connector.csv;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.settings.SettingDescriptor;
import io.lucent.plugin.api.settings.Settings;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parsing options of one read, from the connector's settings. Every option is optional: what is left
 * open is detected from the file.
 *
 * @param delimiter  the field delimiter, empty to detect
 * @param encoding   the character encoding, empty to detect
 * @param header     whether the first record is a header
 * @param quote      the quote character
 * @param sampleRows how many records detection and type inference look at
 * @param numbers    how numbers are written, empty to detect per column
 */
record CsvOptions(Optional<Character> delimiter, Optional<Charset> encoding, HeaderMode header, char quote, int sampleRows,
                  Optional<NumberStyle> numbers) {

    static final String DELIMITER = "delimiter";
    static final String ENCODING = "encoding";
    static final String HEADER = "header";
    static final String QUOTE = "quote";
    static final String SAMPLE_ROWS = "sampleRows";
    static final String DECIMAL_SEPARATOR = "decimalSeparator";

    static final SettingsSchema SCHEMA = SettingsSchema.of(
            SettingDescriptor.string(DELIMITER, "Delimiter")
                    .withDescription("The field separator: one character, or 'tab'. Leave empty to detect among , ; tab and |."),
            SettingDescriptor.string(ENCODING, "Encoding")
                    .withDescription("The character encoding, for example UTF-8 or windows-1252. Leave empty to detect "
                            + "(byte-order mark, else UTF-8 if valid, else windows-1252)."),
            SettingDescriptor.choice(HEADER, "Header row", List.of("auto", "true", "false"))
                    .withDescription("Whether the first row holds the column names; auto detects it.")
                    .withDefault("auto"),
            SettingDescriptor.string(QUOTE, "Quote character")
                    .withDescription("The character that encloses fields containing delimiters, quotes or line breaks.")
                    .withDefault("\""),
            SettingDescriptor.integer(SAMPLE_ROWS, "Sample rows")
                    .withDescription("How many rows to look at to detect the header and infer column types.")
                    .withDefault(10_000L)
                    .withRange(1, 1_000_000),
            SettingDescriptor.choice(DECIMAL_SEPARATOR, "Decimal separator", List.of("auto", "point", "comma"))
                    .withDescription("point: 1,234.5; comma: 1.234,5 or 1 234,5. auto detects per column, preferring point "
                            + "when both read every value.")
                    .withDefault("auto"));

    /**
     * Reads the options from validated settings; missing ones take their defaults.
     *
     * @throws PluginException of kind INVALID_INPUT if the delimiter, quote or encoding is unusable
     */
    static CsvOptions from(Settings settings) {
        Optional<Character> delimiter = settings.optionalString(DELIMITER)
                .filter(text -> !text.isEmpty() && !text.equalsIgnoreCase("auto"))
                .map(CsvOptions::delimiterCharacter);
        Optional<Charset> encoding = settings.optionalString(ENCODING)
                .map(String::strip)
                .filter(text -> !text.isEmpty() && !text.equalsIgnoreCase("auto"))
                .map(CsvOptions::charset);
        HeaderMode header = HeaderMode.valueOf(settings.optionalString(HEADER).orElse("auto").toUpperCase(Locale.ROOT));
        char quote = singleCharacter(QUOTE, settings.optionalString(QUOTE).orElse("\""));
        int sampleRows = settings.optionalLong(SAMPLE_ROWS).map(Math::toIntExact).orElse(10_000);
        if (delimiter.isPresent() && delimiter.get() == quote) {
            throw invalid("The delimiter and the quote character must differ.");
        }
        Optional<NumberStyle> numbers = switch (settings.optionalString(DECIMAL_SEPARATOR).orElse("auto")) {
            case "point" -> Optional.of(NumberStyle.POINT);
            case "comma" -> Optional.of(NumberStyle.COMMA);
            default -> Optional.empty();
        };
        return new CsvOptions(delimiter, encoding, header, quote, sampleRows, numbers);
    }

    private static char delimiterCharacter(String text) {
        if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
            return '\t';
        }
        return singleCharacter(DELIMITER, text);
    }

    private static char singleCharacter(String setting, String text) {
        if (text.length() != 1 || text.charAt(0) == '\r' || text.charAt(0) == '\n') {
            throw invalid("The " + setting + " setting must be a single character (or 'tab' for the delimiter), not '" + text + "'.");
        }
        return text.charAt(0);
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw invalid("Unknown encoding '" + name + "'; use for example UTF-8, UTF-16LE or windows-1252.");
        }
    }

    private static PluginException invalid(String message) {
        return new PluginException(PluginException.Kind.INVALID_INPUT, message);
    }
}
