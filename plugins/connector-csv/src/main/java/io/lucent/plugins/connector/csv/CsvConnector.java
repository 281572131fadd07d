package io.lucent.plugins.connector.csv;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.ConnectorCapability;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.plugin.api.settings.SettingsSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Reads CSV, TSV and other delimited text files, streaming.
 *
 * <p>What the settings leave open is detected from the start of the file: the encoding
 * ({@link DetectedEncoding}), the delimiter ({@link DelimiterDetector}), whether there is a header
 * ({@link HeaderDetector}) and each column's type ({@link ColumnGuess}, over the first {@code sampleRows}
 * records). An Excel separator hint in the first line ({@code sep=;}, see {@link SeparatorHint}) names the
 * delimiter and is skipped. Blank fields are missing values (null). Quoted fields may contain delimiters, doubled quotes
 * and line breaks.
 *
 * <p>When the upload is also a local file ({@link FileInput#localPath()}), the reader describes the file's
 * layout ({@link CsvTableReader#delimitedLayout()}) so the host can load it itself, and column types are
 * checked against the whole file before the first batch: a column whose later values do not fit the type
 * inferred from the sample is widened (see {@link TypeWidening}) instead of rejecting those rows.
 *
 * <p>Rows that do not fit the table are skipped and reported by the reader as row problems with their line
 * numbers; see {@link CsvTableReader}. The host decides whether to reject the file or keep the other rows.
 * An empty file, or one that is not text (binary data, a ZIP, PDF or Office file), is refused with
 * {@link PluginException.Kind#INVALID_INPUT}.
 */
@Extension
public final class CsvConnector implements Connector {

    private static final int BUFFER = 1 << 16;

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV files";
    }

    @Override
    public String description() {
        return "Comma-, semicolon-, tab- or pipe-separated text files; detects encoding, delimiter, header and column types.";
    }

    @Override
    public SettingsSchema settingsSchema() {
        return CsvOptions.SCHEMA;
    }

    @Override
    public Set<ConnectorCapability> capabilities() {
        return Set.of(ConnectorCapability.FILE);
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("csv", "tsv", "txt");
    }

    @Override
    public TableReader readFile(FileInput input, PluginContext context) {
        context.throwIfCancelled();
        CsvOptions options = CsvOptions.from(context.settings());
        try {
            BufferedInputStream in = new BufferedInputStream(input.content(), BUFFER);
            FileSample sample = FileSample.peek(in);
            DetectedEncoding encoding = options.encoding()
                    .map(charset -> DetectedEncoding.given(charset, sample.bytes()))
                    .orElseGet(() -> DetectedEncoding.detect(sample.bytes(), sample.complete()));
            String text = sample.text(encoding);
            sample.requireText(input.fileName(), text);
            Optional<Character> hint = SeparatorHint.in(text);
            String table = hint.isPresent() ? SeparatorHint.afterFirstLine(text) : text;
            char delimiter = options.delimiter().or(() -> hint)
                    .orElseGet(() -> DelimiterDetector.detect(table, sample.complete(), options.quote()));
            context.logger().log(System.Logger.Level.DEBUG, "Reading {0} as {1}, delimiter {2}",
                    input.fileName(), encoding.charset(), delimiter == '\t' ? "tab" : String.valueOf(delimiter));
            in.skipNBytes(encoding.bomLength());
            CsvSource source = new CsvSource(input.fileName(), encoding, hint.isPresent(), delimiter, options.quote(),
                    input.localPath());
            CsvReader<CsvRecord> csv = source.reader(in);
            context.throwIfCancelled();
            return CsvTableReader.open(csv, options, source);
        } catch (IOException e) {
            throw new PluginException(PluginException.Kind.EXTERNAL_FAILURE,
                    "Reading '" + input.fileName() + "' failed: " + e.getMessage(), e);
        }
    }
}
