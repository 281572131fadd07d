package io.lucent.platform.datasets.sample;

import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetLimits;
import io.lucent.platform.datasets.StoredDataset;
import io.lucent.platform.datasets.ingest.VersionWriter;
import io.lucent.platform.datasets.query.DuckDbEngine;
import io.lucent.platform.datasets.store.DatasetStore;
import io.lucent.platform.datasets.store.StoreKeys;
import io.lucent.platform.errors.ErrorCode;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.tenancy.TenantContext;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Creates sample datasets from {@link RetailSampleGenerator}: through REST, and once at start-up for a tenant with none. */
public final class SampleDatasets {

    /** Name of the sample dataset. */
    public static final String NAME = "Sample retail sales";

    private final DuckDbEngine engine;
    private final VersionWriter writer;
    private final DatasetRepository repository;
    private final DatasetStore store;
    private final DatasetLimits limits;
    private final Clock clock;

    public SampleDatasets(DuckDbEngine engine, VersionWriter writer, DatasetRepository repository, DatasetStore store,
                          DatasetLimits limits, Clock clock) {
        this.engine = engine;
        this.writer = writer;
        this.repository = repository;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Creates a sample dataset for the tenant.
     *
     * @param days  days of history (60 to 3,660)
     * @param seed  random seed; the same seed gives the same data
     */
    public StoredDataset create(TenantContext tenant, int days, long seed) {
        if (days < 60 || days > 3660) {
            throw LucentException.invalid("days must be between 60 and 3660");
        }
        limits.requireRoomForOneMore(tenant);
        LocalDate start = LocalDate.now(clock).withDayOfMonth(1).minusDays(days);
        RetailSampleGenerator generator = new RetailSampleGenerator(seed, start, days);
        String id = UUID.randomUUID().toString();
        try (DuckDBConnection staging = engine.staging()) {
            try (Statement statement = staging.createStatement()) {
                statement.execute("CREATE TABLE sample (\"Date\" DATE, \"Entity_ID\" VARCHAR, \"Entity_Name\" VARCHAR, \"Category\" VARCHAR, "
                        + "\"Volume\" BIGINT, \"Unit_Price\" DOUBLE, \"Revenue\" DOUBLE)");
            }
            try (DuckDBAppender appender = staging.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sample")) {
                for (RetailSampleGenerator.Row row : generator.rows()) {
                    appender.beginRow().append(row.date()).append(row.entityId()).append(row.entityName()).append(row.category());
                    if (row.volume() == null) {
                        appender.appendNull().append(row.unitPrice()).appendNull();
                    } else {
                        appender.append(row.volume().longValue()).append(row.unitPrice()).append(row.revenue().doubleValue());
                    }
                    appender.endRow();
                }
            }
            VersionWriter.Written written = writer.write(tenant, id, 1, staging, "SELECT * FROM sample", "sample", 0, clock.instant());
            try {
                repository.create(tenant, id, NAME, "sample", "sample-generator", written.version(), written.columns());
            } catch (RuntimeException e) {
                store.deletePrefix(StoreKeys.dataset(tenant.tenantId(), id));
                throw e;
            }
        } catch (SQLException e) {
            throw new LucentException(ErrorCode.INTERNAL_ERROR, "Generating the sample failed: " + e.getMessage(), Map.of(), e);
        }
        return repository.find(tenant, id).orElseThrow();
    }

    /** Creates the sample for a tenant that has no datasets yet; does nothing otherwise. */
    public void seedIfEmpty(TenantContext tenant, int days) {
        if (repository.count(tenant) == 0) {
            create(tenant, days, 42);
        }
    }
}
