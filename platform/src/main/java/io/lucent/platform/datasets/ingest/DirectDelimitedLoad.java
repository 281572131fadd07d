package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * The fast way in for delimited text: when the connector describes the uploaded file's layout
 * ({@link TableReader#delimitedLayout()}), DuckDB reads the file itself with exactly those settings
 * ({@link DelimitedQuery}) and writes the version's Parquet in one parallel pass, instead of the connector
 * parsing it into batches on one thread. Any file DuckDB cannot read that way (a row with the wrong number of
 * fields, a value that does not fit the sampled type, a thousands separator, invalid UTF-8, ...) makes the
 * attempt fail without storing anything, and the caller reads the connector's batches, which report bad rows
 * with line numbers and widen types as the connector decides. Files in other encodings are converted to UTF-8
 * first.
 */
public final class DirectDelimitedLoad {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectDelimitedLoad.class);

    private final VersionWriter writer;

    public DirectDelimitedLoad(VersionWriter writer) {
        this.writer = writer;
    }

    /**
     * Writes the file as version 1 of the dataset if DuckDB reads it as described; empty when the connector
     * describes no layout or DuckDB fails (nothing stored then). A file above {@code maxRows} is refused with 422.
     */
    public Optional<VersionWriter.Written> write(TenantContext tenant, String datasetId, TableReader reader, String connectorId,
                                                 StagedFile file, DuckDBConnection staging, long maxRows, Instant now) {
        Optional<DelimitedLayout> layout;
        try {
            layout = PluginReads.call(reader, connectorId, reader::delimitedLayout);
        } catch (LucentException e) {
            LOG.warn("The connector {} could not describe {}; reading its batches: {}", connectorId, file.fileName(), e.getMessage());
            return Optional.empty();
        }
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        Path converted = null;
        try {
            Path text = file.path();
            if (!Utf8Copy.isUtf8(layout.get().encoding())) {
                converted = Files.createTempFile(file.path().getParent(), "utf8-", ".csv");
                Utf8Copy.copy(file.path(), layout.get().encoding(), layout.get().skipBytes(), converted);
                text = converted;
            }
            Optional<String> query = DelimitedQuery.of(layout.get(), text);
            if (query.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(writer.writeChecked(tenant, datasetId, 1, staging, query.get(), "upload", 0, now, maxRows));
        } catch (SQLException e) {
            LOG.info("DuckDB did not read {} as the connector {} described it, so its batches are read instead: {}", file.fileName(),
                    connectorId, firstLine(e.getMessage()));
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("Converting {} to UTF-8 failed; reading the connector's batches: {}", file.fileName(), e.getMessage());
            return Optional.empty();
        } finally {
            if (converted != null) {
                UploadReceiver.deleteQuietly(converted);
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
