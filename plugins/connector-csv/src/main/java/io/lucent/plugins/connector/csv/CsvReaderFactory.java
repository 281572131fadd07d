package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * The one place FastCSV readers are configured, so detection parses exactly as reading does: empty lines
 * skipped, no comment lines, quoted newlines inside fields, stray characters after a closing quote kept as
 * part of the field, and records of any field count passed through (the connector reports mismatches
 * itself, with line numbers).
 */
final class CsvReaderFactory {

    private CsvReaderFactory() {
    }

    // allowExtraCharsAfterClosingQuote is deprecated for removal in FastCSV 4.4; without it a single
    // '"abc"def' field fails the whole file. Revisit when upgrading FastCSV.
    @SuppressWarnings("removal")
    static CsvReader.CsvReaderBuilder builder(char delimiter, char quote) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quote)
                .skipEmptyLines(true)
                .allowExtraCharsAfterClosingQuote(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }
}
