package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lucent.plugin.api.PluginException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a file's text is read once its encoding and delimiter are known: the byte-order mark to skip, the Excel
 * separator hint line to skip, and the FastCSV settings. Opens readers over the upload stream and, when the file
 * is also a local file, over that file again for a second pass.
 *
 * @param fileName  the file's name, for messages
 * @param encoding  the detected or given encoding
 * @param hintLine  whether the first line is a {@code sep=} hint to skip
 * @param delimiter the field separator
 * @param quote     the quote character
 * @param localPath the local file with the same bytes, if any
 */
record CsvSource(String fileName, DetectedEncoding encoding, boolean hintLine, char delimiter, char quote,
                 Optional<Path> localPath) {

    private static final int BUFFER = 1 << 16;

    /** A reader of {@code in}, which must be positioned after the byte-order mark. */
    CsvReader<CsvRecord> reader(InputStream in) {
        InputStreamReader text = new InputStreamReader(in, encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        CsvReader<CsvRecord> csv = CsvReaderFactory.builder(delimiter, quote).ofCsvRecord(text);
        if (hintLine) {
            csv.skipLines(1);
        }
        return csv;
    }

    /** Whether the file can be read again from the start. */
    boolean rereadable() {
        return localPath.isPresent();
    }

    /**
     * A new reader of the local file from its start; only when {@link #rereadable()}.
     *
     * @throws PluginException of kind EXTERNAL_FAILURE if the file cannot be opened
     */
    CsvReader<CsvRecord> reread() {
        Path path = localPath.orElseThrow(() -> new IllegalStateException("no local file to read again"));
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
            in.skipNBytes(encoding.bomLength());
            return reader(in);
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                    "Reading '" + fileName + "' again failed: " + e.getMessage(), e);
        }
    }
}
