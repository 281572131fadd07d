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
 * fields, a value that does not fit the sampled type, a number grouped otherwise than described, ...) makes the
 * attempt fail without storing anything; after the connector has checked the whole file it may describe it anew
 * (one more attempt) or not at all, and the caller reads the connector's batches, which report bad rows with line
 * numbers and widen types as the connector decides. Files in other encodings are converted to UTF-8
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
     *
     * <p>When the first attempt fails, the reader is asked for its schema, which makes a reader that can read the
     * file again check all of it, and then for its layout once more: if that layout differs (types widened for
     * late values, the whole file's digit grouping), DuckDB tries once more with it; if the reader now knows of
     * rows it will reject, it describes nothing and the batches are read without another attempt.
     */
    public Optional<VersionWriter.Written> write(TenantContext tenant, String datasetId, TableReader reader, String connectorId,
                                                 StagedFile file, DuckDBConnection staging, long maxRows, Instant now) {
        Optional<DelimitedLayout> layout = describe(reader, connectorId, file);
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionWriter.Written> written = attempt(layout.get(), tenant, datasetId, connectorId, file, staging, maxRows, now);
        if (written.isPresent()) {
            return written;
        }
        PluginReads.call(reader, connectorId, reader::schema);
        Optional<DelimitedLayout> checked = describe(reader, connectorId, file);
        if (checked.isEmpty() || checked.equals(layout)) {
            return Optional.empty();
        }
        LOG.info("The connector {} described {} anew after checking the whole file; DuckDB reads it with that layout", connectorId,
                file.fileName());
        return attempt(checked.get(), tenant, datasetId, connectorId, file, staging, maxRows, now);
    }

    private static Optional<DelimitedLayout> describe(TableReader reader, String connectorId, StagedFile file) {
        try {
            return PluginReads.call(reader, connectorId, reader::delimitedLayout);
        } catch (LucentException e) {
            LOG.warn("The connector {} could not describe {}; reading its batches: {}", connectorId, file.fileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** One load of the file with the layout; empty (nothing stored) if DuckDB cannot read it so. */
    private Optional<VersionWriter.Written> attempt(DelimitedLayout layout, TenantContext tenant, String datasetId, String connectorId,
                                                    StagedFile file, DuckDBConnection staging, long maxRows, Instant now) {
        Path converted = null;
        try {
            Path text = file.path();
            if (!Utf8Copy.isUtf8(layout.encoding())) {
                converted = Files.createTempFile(file.path().getParent(), "utf8-", ".csv");
                Utf8Copy.copy(file.path(), layout.encoding(), layout.skipBytes(), converted);
                text = converted;
            }
            Optional<String> query = DelimitedQuery.of(layout, text);
            if (query.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(writer.writeChecked(tenant, datasetId, 1, staging, query.get(), "upload", 0, now, maxRows));
        } catch (SQLException e) {
            LOG.info("DuckDB did not read {} as the connector {} described it: {}", file.fileName(), connectorId, firstLine(e.getMessage()));
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
