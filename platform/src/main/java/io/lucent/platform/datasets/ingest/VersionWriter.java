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
 * stays until its dataset is deleted.
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
        Path parquet = null;
        try {
            parquet = Files.createTempFile(stagingDirectory, "version-", ".parquet");
            Files.delete(parquet);
            List<DatasetColumn> columns = new ArrayList<>();
            long rows;
            try (Statement statement = staging.createStatement()) {
                statement.execute("COPY (" + query + ") TO " + DuckDbEngine.literal(parquet.toString())
                        + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)");
                String written = "read_parquet(" + DuckDbEngine.literal(parquet.toString()) + ")";
                try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + written)) {
                    while (described.next()) {
                        columns.add(DatasetColumn.of(described.getString("column_name"),
                                DuckTypes.columnType(described.getString("column_type"))));
                    }
                }
                try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + written)) {
                    count.next();
                    rows = count.getLong(1);
                }
            }
            if (rows > maxRows) {
                throw TableLoader.tooManyRows(maxRows);
            }
            String hash = sha256(parquet);
            String key = StoreKeys.version(tenant.tenantId(), datasetId, version, hash);
            store.put(key, parquet);
            return new Written(new DatasetVersion(version, hash, rows, Files.size(parquet), key, origin, rejectedRows, now,
                    tenant.userId()), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the dataset failed", e);
        } finally {
            if (parquet != null) {
                UploadReceiver.deleteQuietly(parquet);
            }
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
