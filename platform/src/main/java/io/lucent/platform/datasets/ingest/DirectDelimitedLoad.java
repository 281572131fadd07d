package io.lucent.platform.datasets.ingest;

import io.lucent.plugin.api.data.DelimitedLayout;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.config.DatasetsConfig.BadRows;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.duckdb.DuckDBConnection;

/**
 * The fast way in for delimited text: when the connector describes the uploaded file's layout
 * ({@link TableReader#delimitedLayout()}), DuckDB reads the file itself with exactly those settings
 * ({@link DelimitedQuery}) and writes the version's Parquet in one parallel pass, instead of the connector
 * parsing it into batches on one thread. Records with the wrong number of fields are skipped in that same pass and
 * reported as the connector would report them ({@link RejectedRecords}). Anything else DuckDB cannot read that way (a
 * value that does not fit the sampled type, a number grouped otherwise than described, a stray quote, ...) makes
 * the attempt fail without storing anything; after the connector has checked the whole file it may describe it
 * anew (one more attempt) or not at all, and the caller reads the connector's batches, which report bad rows with
 * line numbers and widen types as the connector decides. Files in other encodings are converted to UTF-8 first.
 */
public final class DirectDelimitedLoad {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DirectDelimitedLoad.class);
    private static final int MAX_PROBLEMS = 100;

    private final VersionWriter writer;

    public DirectDelimitedLoad(VersionWriter writer) {
        this.writer = writer;
    }

    /**
     * What a direct load did.
     *
     * @param written the version written; empty when unreadable records reject the file under the reject policy
     *                (nothing stored)
     * @param load    the rows read, and the records skipped with the first problems
     */
    public record Outcome(Optional<VersionWriter.Written> written, LoadResult load) {
    }

    /**
     * Writes the file as version 1 of the dataset if DuckDB reads it as described; empty when the connector
     * describes no layout or DuckDB fails (nothing stored then). A file above {@code maxRows} is refused with 422.
     *
     * <p>DuckDB reads the file in one pass straight into the version's Parquet, skipping records with the wrong number
     * of fields and noting them ({@link RejectedRecords}) instead of failing on the first: a file without such
     * records is written exactly as a strict read would write it. If each skipped record is one the connector would
     * reject too, they are reported as the connector reports them and the file is stored without them, or, under the
     * reject policy, nothing is stored and the outcome carries the problems. Otherwise (DuckDB skipped something the
     * connector may read, or a value does not have the described form) nothing is stored and the reader is asked for
     * its schema, which makes a reader that can read the file again check all of it, and then for its layout once
     * more: if that layout differs (types widened for late values, the whole file's digit grouping), DuckDB tries
     * once more with it, strictly; if the reader now knows of rows it will reject, it describes nothing and the
     * batches are read without another attempt.
     */
    public Optional<Outcome> write(TenantContext tenant, String datasetId, TableReader reader, String connectorId, StagedFile file,
                                   DuckDBConnection staging, BadRows badRows, long maxRows, Instant now) {
        Optional<DelimitedLayout> layout = describe(reader, connectorId, file);
        if (layout.isEmpty()) {
            return Optional.empty();
        }
        Optional<Outcome> written = new Attempt(layout.get(), tenant, datasetId, connectorId, file, staging, maxRows, now)
                .skippingMisshapenRecords(badRows);
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
        return new Attempt(checked.get(), tenant, datasetId, connectorId, file, staging, maxRows, now).strict();
    }

    private static Optional<DelimitedLayout> describe(TableReader reader, String connectorId, StagedFile file) {
        try {
            return PluginReads.call(reader, connectorId, reader::delimitedLayout);
        } catch (LucentException e) {
            LOG.warn("The connector {} could not describe {}; reading its batches: {}", connectorId, file.fileName(), e.getMessage());
            return Optional.empty();
        }
    }

    /** Loads of the file with one layout. */
    private final class Attempt {

        private final DelimitedLayout layout;
        private final TenantContext tenant;
        private final String datasetId;
        private final String connectorId;
        private final StagedFile file;
        private final DuckDBConnection staging;
        private final long maxRows;
        private final Instant now;

        Attempt(DelimitedLayout layout, TenantContext tenant, String datasetId, String connectorId, StagedFile file,
                DuckDBConnection staging, long maxRows, Instant now) {
            this.layout = layout;
            this.tenant = tenant;
            this.datasetId = datasetId;
            this.connectorId = connectorId;
            this.file = file;
            this.staging = staging;
            this.maxRows = maxRows;
            this.now = now;
        }

        /** Every record as described, or empty (nothing stored). */
        Optional<Outcome> strict() {
            return inUtf8(text -> {
                Optional<String> query = DelimitedQuery.of(layout, text);
                if (query.isEmpty()) {
                    return Optional.empty();
                }
                VersionWriter.Written written = writer.writeChecked(tenant, datasetId, 1, staging, query.get(), "upload", 0, now, maxRows);
                return Optional.of(new Outcome(Optional.of(written), new LoadResult(null, written.version().rowCount(), 0, List.of())));
            });
        }

        /**
         * Every record that fits, written in one pass; the records that do not are judged: if DuckDB skipped none,
         * or only records the connector rejects too, the version is stored (nothing under the reject policy when
         * some were skipped); otherwise empty, with nothing stored.
         */
        Optional<Outcome> skippingMisshapenRecords(BadRows badRows) {
            return inUtf8(text -> {
                Optional<String> query = DelimitedQuery.of(layout, text, true);
                if (query.isEmpty()) {
                    return Optional.empty();
                }
                try (Statement statement = staging.createStatement();
                     VersionWriter.Staged staged = writer.stage(staging, query.get())) {
                    Optional<RejectedRecords.Skipped> skipped = RejectedRecords.judge(statement, text, layout, MAX_PROBLEMS);
                    if (skipped.isEmpty()) {
                        LOG.info("DuckDB skipped records of {} that the connector {} may read otherwise; reading its batches",
                                file.fileName(), connectorId);
                        return Optional.empty();
                    }
                    long rejected = skipped.get().records();
                    LoadResult load = new LoadResult(null, staged.rows(), rejected, skipped.get().first());
                    if (rejected > 0) {
                        LOG.info("DuckDB read {} rows of {} and skipped {} records with the wrong number of fields, as the connector {} "
                                + "would", staged.rows(), file.fileName(), rejected, connectorId);
                        if (badRows == BadRows.REJECT || staged.rows() == 0) {
                            return Optional.of(new Outcome(Optional.empty(), load));
                        }
                    }
                    VersionWriter.Written written = writer.store(tenant, datasetId, 1, staged, "upload", rejected, now, maxRows);
                    return Optional.of(new Outcome(Optional.of(written), load));
                } finally {
                    try (Statement statement = staging.createStatement()) {
                        statement.execute("DROP TABLE IF EXISTS " + DuckDbEngine.identifier(DelimitedQuery.REJECTED_ROWS));
                        statement.execute("DROP TABLE IF EXISTS " + DuckDbEngine.identifier(DelimitedQuery.REJECTED_SCANS));
                    }
                }
            });
        }

        /** Runs {@code load} on the file in UTF-8 (a converted copy if it is in another encoding); empty if it fails. */
        private Optional<Outcome> inUtf8(Load load) {
            Path converted = null;
            try {
                Path text = file.path();
                if (!Utf8Copy.isUtf8(layout.encoding())) {
                    converted = Files.createTempFile(file.path().getParent(), "utf8-", ".csv");
                    Utf8Copy.copy(file.path(), layout.encoding(), layout.skipBytes(), converted);
                    text = converted;
                }
                return load.from(text);
            } catch (SQLException e) {
                LOG.info("DuckDB did not read {} as the connector {} described it: {}", file.fileName(), connectorId,
                        firstLine(e.getMessage()));
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
    }

    /** One load of the UTF-8 text. */
    private interface Load {
        Optional<Outcome> from(Path utf8Text) throws SQLException, IOException;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
