package io.lucent.plugin.api.data;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a delimited text file (CSV, TSV, ...) is laid out, as a file connector detected it: enough for the host to
 * load the same file with a standard delimited-text parser (DuckDB's {@code read_csv}) instead of reading it batch
 * by batch through the connector. See {@link TableReader#delimitedLayout()}.
 *
 * <p>Fields are separated by {@code delimiter}; a field may be enclosed in {@code quote} characters, inside which
 * delimiters and line breaks are part of the value and {@code escape} followed by a quote stands for a quote
 * (the escape is usually the quote itself: {@code ""}). Line ends are LF or CRLF; empty lines are skipped. An
 * empty or blank field is a missing value. Numbers use {@code decimalSeparator}, and {@code thousandsSeparator} if
 * present; without it, numbers are written without grouping.
 *
 * <p>The column types are what the connector inferred from a sample. A loader must treat a field that does not
 * fit its column's type, or a record with another number of fields than the table has columns, as a failure of
 * the whole load, never convert it some other way; the host then reads the file through the reader's batches,
 * which report such rows with their line numbers.
 *
 * @param encoding           the text's character set
 * @param skipBytes          how many bytes precede the text (a byte-order mark), at least 0
 * @param skipLines          how many lines to skip after those bytes, before the header or first record (for
 *                           example Excel's {@code sep=;} line), at least 0
 * @param delimiter          the field separator
 * @param quote              the quote character
 * @param escape             the character that escapes a quote inside a quoted field
 * @param header             whether the first record is a header row (its names are replaced by the columns')
 * @param decimalSeparator   {@code '.'} or {@code ','}
 * @param thousandsSeparator the digit grouping character numbers may contain, or empty if they contain none
 * @param columns            the columns, in file order, with the names and order of the reader's schema
 * @since 1.1.0
 */
public record DelimitedLayout(Charset encoding, int skipBytes, int skipLines, char delimiter, char quote, char escape,
                              boolean header, char decimalSeparator, Optional<Character> thousandsSeparator,
                              List<DelimitedColumn> columns) {

    /**
     * Validates the layout.
     *
     * @param encoding           the {@code encoding} component
     * @param skipBytes          the {@code skipBytes} component
     * @param skipLines          the {@code skipLines} component
     * @param delimiter          the {@code delimiter} component
     * @param quote              the {@code quote} component
     * @param escape             the {@code escape} component
     * @param header             the {@code header} component
     * @param decimalSeparator   the {@code decimalSeparator} component
     * @param thousandsSeparator the {@code thousandsSeparator} component
     * @param columns            the {@code columns} component
     * @throws IllegalArgumentException if a count is negative, there are no columns, or the decimal separator is
     *                                  neither a point nor a comma
     */
    public DelimitedLayout {
        Objects.requireNonNull(encoding, "encoding is null");
        Objects.requireNonNull(thousandsSeparator, "thousandsSeparator is null");
        columns = List.copyOf(columns);
        if (skipBytes < 0 || skipLines < 0) {
            throw new IllegalArgumentException("skipBytes and skipLines must not be negative");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a layout has at least one column");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("the decimal separator is '.' or ',', not '" + decimalSeparator + "'");
        }
    }
}
