package io.lucent.platform.datasets;

import io.lucent.plugin.api.connector.Connector;
import io.lucent.plugin.api.connector.FileInput;
import io.lucent.plugin.api.data.RowProblem;
import io.lucent.plugin.api.data.TableReader;
import io.lucent.platform.config.DatasetsConfig.BadRows;
import io.lucent.platform.datasets.ingest.BackgroundStaging;
import io.lucent.platform.datasets.ingest.DirectDelimitedLoad;
import io.lucent.platform.datasets.ingest.FileConnectors;
import io.lucent.platform.datasets.ingest.LoadResult;
import io.lucent.platform.datasets.ingest.StagedFile;
import io.lucent.platform.datasets.ingest.TableLoader;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.plugins.PluginContexts;
import io.lucent.platform.tenancy.TenantContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.duckdb.DuckDBConnection;

/**
 * Turns an uploaded file into a dataset: the file connector chosen by extension (or by name) opens it; if it
 * describes the file as delimited text, DuckDB reads the file directly into version 1's Parquet
 * ({@link DirectDelimitedLoad}); otherwise, or if DuckDB cannot read it so, the connector's column batches are
 * loaded into a staging DuckDB table and written as Parquet into the store. Then the metadata is recorded.
 * Unreadable rows either reject the file (nothing is kept) or are skipped and reported.
 * Whatever fails, nothing is left behind: the staging database is in memory (opened while the connector samples
 * the file and freed after the import, both on a thread of their own), the Parquet file is removed from the store
 * if the metadata cannot be written.
 */
public final class DatasetImporter {

    /**
     * One import.
     *
     * @param file        the staged upload
     * @param name        the dataset name, or empty for the file's base name
     * @param connectorId the connector to use, or empty to choose by extension
     * @param options     the connector's settings (parsing options)
     * @param badRows     what unreadable rows do
     * @param idempotencyKey the upload's Idempotency-Key, if sent
     */
    public record Request(StagedFile file, Optional<String> name, Optional<String> connectorId, Map<String, Object> options,
                          BadRows badRows, Optional<String> idempotencyKey) {
    }

    /**
     * A finished import.
     *
     * @param dataset the new dataset
     * @param report  how the import went
     */
    public record Imported(StoredDataset dataset, ImportReport report) {
    }

    private static final int MAX_PROBLEMS = 100;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatasetImporter.class);

    private final FileConnectors connectors;
    private final PluginContexts contexts;
    private final DuckDbEngine engine;
    private final VersionWriter writer;
    private final DatasetRepository repository;
    private final DatasetStore store;
    private final DatasetLimits limits;
    private final Clock clock;
    private final DirectDelimitedLoad direct;

    public DatasetImporter(FileConnectors connectors, PluginContexts contexts, DuckDbEngine engine, VersionWriter writer,
                           DatasetRepository repository, DatasetStore store, DatasetLimits limits, Clock clock) {
        this.connectors = connectors;
        this.contexts = contexts;
        this.engine = engine;
        this.writer = writer;
        this.repository = repository;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
        this.direct = new DirectDelimitedLoad(writer);
    }

    /** Imports the file as a new dataset of {@code tenant}. */
    public Imported importFile(TenantContext tenant, Request request) {
        StagedFile file = request.file();
        if (file.sizeBytes() == 0) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "'" + file.fileName() + "' is empty: there is nothing to import");
        }
        limits.requireRoomForOneMore(tenant);
        Connector connector = connectors.choose(file.fileName(), request.connectorId());
        var context = contexts.forCall(tenant, connector, request.options());
        long maxRows = limits.maxRows(tenant);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        long opening = System.nanoTime();
        try (BackgroundStaging opened = BackgroundStaging.open(engine);
             InputStream in = Files.newInputStream(file.path());
             TableReader reader = connector.readFile(new FileInput(file.fileName(), in, file.sizeBytes(), Optional.of(file.path())),
                     context)) {
            DuckDBConnection staging = opened.connection();
            long started = System.nanoTime();
            Optional<DirectDelimitedLoad.Outcome> directly = direct.write(tenant, id, reader, connector.id(), file, staging,
                    request.badRows(), maxRows, now);
            if (directly.isPresent() && directly.get().written().filter(w -> w.version().rowCount() == 0).isPresent()) {
                // Let the connector's batches explain why there is nothing to import.
                store.deletePrefix(StoreKeys.dataset(tenant.tenantId(), id));
                directly = Optional.empty();
            }
            LoadResult load;
            VersionWriter.Written written;
            if (directly.isPresent()) {
                load = directly.get().load();
                requireReadable(file, request, load);
                written = directly.get().written().orElseThrow(() -> new IllegalStateException("a direct load rejected nothing but wrote nothing"));
                LOG.info("Imported {} rows of {} described by connector {} ({} skipped): opened (sampled) in {} ms, read by DuckDB and "
                        + "written as Parquet in {} ms", load.rows(), file.fileName(), connector.id(), load.rejectedRows(),
                        (started - opening) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            } else {
                load = TableLoader.load(reader, connector.id(), staging, "import", maxRows);
                long loaded = System.nanoTime();
                requireReadable(file, request, load);
                written = writer.write(tenant, id, 1, staging, "SELECT * FROM \"import\"", "upload", load.rejectedRows(), now);
                LOG.info("Imported {} rows of {} with connector {}: opened (sampled) in {} ms, read and loaded in {} ms (any DuckDB "
                        + "attempt included), written as Parquet in {} ms", load.rows(), file.fileName(), connector.id(),
                        (started - opening) / 1_000_000, (loaded - started) / 1_000_000, (System.nanoTime() - loaded) / 1_000_000);
            }
            List<RowProblem> problems = firstProblems(load);
            String name = request.name().filter(n -> !n.isBlank()).map(String::strip)
                    .orElse(io.lucent.platform.datasets.ingest.FileNames.baseName(file.fileName()));
            try {
                repository.create(tenant, id, truncate(name), file.fileName(), connector.id(), written.version(), written.columns(),
                        request.idempotencyKey());
            } catch (RuntimeException e) {
                store.deletePrefix(StoreKeys.dataset(tenant.tenantId(), id));
                throw e;
            }
            StoredDataset dataset = repository.find(tenant, id).orElseThrow();
            return new Imported(dataset, new ImportReport(connector.id(), load.rows(), load.rejectedRows(), problems));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the staged upload failed", e);
        }
    }

    /** Fails if the batches had rejected rows under the reject policy, or no rows at all. */
    private static void requireReadable(StagedFile file, Request request, LoadResult load) {
        List<RowProblem> problems = firstProblems(load);
        if (load.rejectedRows() > 0 && request.badRows() == BadRows.REJECT) {
            throw rejected(file.fileName(), load, problems);
        }
        if (load.rows() == 0) {
            throw new LucentException(ErrorCode.UNPROCESSABLE, "'" + file.fileName() + "' has no rows to import"
                    + (load.rejectedRows() > 0 ? " (all " + load.rejectedRows() + " rows were unreadable)" : ""),
                    Map.of("rejectedRows", load.rejectedRows(), "problems", problems));
        }
    }

    private static List<RowProblem> firstProblems(LoadResult load) {
        return load.problems().stream().limit(MAX_PROBLEMS).toList();
    }

    private static LucentException rejected(String fileName, LoadResult load, List<RowProblem> problems) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("rejectedRows", load.rejectedRows());
        details.put("readableRows", load.rows());
        details.put("problems", problems);
        String first = problems.isEmpty() ? "" : " First: line " + problems.get(0).line() + ": " + problems.get(0).message() + ".";
        return new LucentException(ErrorCode.UNPROCESSABLE, load.rejectedRows() + " row" + (load.rejectedRows() == 1 ? "" : "s")
                + " of '" + fileName + "' could not be read, so nothing was imported." + first
                + " Send onBadRows=skip to import the other " + load.rows() + " rows.", details);
    }

    private static String truncate(String name) {
        return name.length() <= 255 ? name : name.substring(0, 255);
    }
}
