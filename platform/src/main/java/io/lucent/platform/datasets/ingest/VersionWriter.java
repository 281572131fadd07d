package io.lucent.platform.datasets.ingest;

import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.query.DuckTypes;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBConnection;

/**
 * Writes one immutable dataset version: the result of a query on a staging database becomes a Parquet file
 * (zstd), named in the store by the SHA-256 of its bytes. The temporary Parquet file is deleted; the stored one
 * stays until its dataset is deleted. A caller may also write the file first ({@link #stage}) and store it after
 * looking at what the query did ({@link #store}).
 */
public final class VersionWriter {

    /**
     * A written version and its columns.
     *
     * @param version the version's metadata
     * @param columns its columns, with types as stored
     */
    public record Written(DatasetVersion version, List<DatasetColumn> columns) {
    }

    private final DatasetStore store;
    private final Path stagingDirectory;

    public VersionWriter(DatasetStore store, Path stagingDirectory) {
        this.store = store;
        this.stagingDirectory = stagingDirectory;
    }

    /** Writes {@code query}'s rows as version {@code version} of the dataset. */
    public Written write(TenantContext tenant, String datasetId, int version, DuckDBConnection staging, String query, String origin,
                         long rejectedRows, Instant now) {
        try {
            return writeChecked(tenant, datasetId, version, staging, query, origin, rejectedRows, now, Long.MAX_VALUE);
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Writing the dataset failed: " + e.getMessage(), Map.of(), e);
        }
    }

    /**
     * Like {@link #write}, but a failure of the query is thrown as is (the caller may try another way; nothing is
     * stored then), and a result of more than {@code maxRows} rows is refused with 422 before it is stored.
     */
    public Written writeChecked(TenantContext tenant, String datasetId, int version, DuckDBConnection staging, String query,
                                String origin, long rejectedRows, Instant now, long maxRows) throws SQLException {
        try (Staged staged = stage(staging, query)) {
            return store(tenant, datasetId, version, staged, origin, rejectedRows, now, maxRows);
        }
    }

    /**
     * Writes {@code query}'s rows to a Parquet file in the staging directory, not yet in the store, so that the
     * caller can look at what the query did (for example at the records it skipped) before deciding to
     * {@link #store} it or to drop it (closing it deletes the file). A failure of the query is thrown as is and
     * leaves nothing behind.
     */
    public Staged stage(DuckDBConnection staging, String query) throws SQLException {
        Path parquet;
        try {
            parquet = Files.createTempFile(stagingDirectory, "version-", ".parquet");
            Files.delete(parquet);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the dataset failed", e);
        }
        boolean done = false;
        try (Statement statement = staging.createStatement()) {
            statement.execute("COPY (" + query + ") TO " + DuckDbEngine.literal(parquet.toString())
                    + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
            String written = "read_parquet(" + DuckDbEngine.literal(parquet.toString()) + ")";
            List<DatasetColumn> columns = new ArrayList<>();
            try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + written)) {
                while (described.next()) {
                    columns.add(DatasetColumn.of(described.getString("column_name"),
                            DuckTypes.columnType(described.getString("column_type"))));
                }
            }
            long rows;
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + written)) {
                count.next();
                rows = count.getLong(1);
            }
            done = true;
            return new Staged(parquet, List.copyOf(columns), rows);
        } finally {
            if (!done) {
                UploadReceiver.deleteQuietly(parquet);
            }
        }
    }

    /**
     * Stores a staged Parquet file as version {@code version} of the dataset, named by the SHA-256 of its bytes; a
     * file of more than {@code maxRows} rows is refused with 422 and not stored. The file is moved into the store
     * (not copied) where the store can; closing the staged version afterwards is still the caller's job.
     */
    public Written store(TenantContext tenant, String datasetId, int version, Staged staged, String origin, long rejectedRows,
                         Instant now, long maxRows) {
        if (staged.rows() > maxRows) {
            throw TableLoader.tooManyRows(maxRows);
        }
        try {
            String hash = sha256(staged.parquet());
            String key = StoreKeys.version(tenant.tenantId(), datasetId, version, hash);
            long bytes = Files.size(staged.parquet());
            store.putMoving(key, staged.parquet());
            return new Written(new DatasetVersion(version, hash, staged.rows(), bytes, key, origin, rejectedRows, now, tenant.userId()),
                    staged.columns());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the dataset failed", e);
        }
    }

    /**
     * A query's rows written to a Parquet file in the staging directory, not stored yet; closing deletes the file.
     *
     * @param parquet the file
     * @param columns its columns, with types as stored
     * @param rows    its row count
     */
    public record Staged(Path parquet, List<DatasetColumn> columns, long rows) implements AutoCloseable {
        @Override
        public void close() {
            UploadReceiver.deleteQuietly(parquet);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
