package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.datasets.DatasetRepository;
import io.lucent.platform.datasets.DatasetVersion;
import io.lucent.platform.metadata.Dialect;
import io.lucent.plugin.api.data.ColumnType;
import io.lucent.platform.metadata.MetadataDatabase;
import io.lucent.platform.metadata.Migrations;
import io.lucent.platform.metadata.SingleTenantDatabase;
import io.lucent.platform.tenancy.TenantContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Pages of the long result layout come from the results the database selects by their stored row counts: the
 * same rows as expanding every result and cutting the page, across entity boundaries, for results stored with
 * and without a row count. One database for all tests (none leaves it changed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultPagesTest {

    private static final TenantContext LOCAL = TenantContext.LOCAL;
    private static final String RUN = "run-1";

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private SingleTenantDatabase database;
    private ForecastStore store;
    private ResultPages pages;
    private final List<EntityForecast> stored = new ArrayList<>();

    @BeforeAll
    void setUp(@TempDir Path temp) {
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + temp.resolve("lucent.db"));
        Migrations.migrateShared(source, Dialect.SQLITE);
        database = new SingleTenantDatabase(new MetadataDatabase(source, Jdbi.create(source), Dialect.SQLITE), LOCAL.tenantId());
        database.provision(LOCAL.tenantId());
        store = new ForecastStore(database);
        pages = new ResultPages(store, json);
        // A run is recorded only for a dataset that exists.
        new DatasetRepository(database).create(LOCAL, "dataset", "Sales", "sales.csv", "csv",
                new DatasetVersion(1, "hash", 10, 100, "key", "upload", 0, Instant.EPOCH, "me"), List.of(DatasetColumn.of("Volume", ColumnType.DECIMAL)));
        store.insertRun(LOCAL, new ForecastRun(RUN, "dataset", 1, "naive", 3, 4, "monthly", "{}", Instant.EPOCH, "me"));
        // Entities of different history lengths: 2 * history + 3 forecast rows each (7, 13, 3 + 6 = 9, 11).
        int[] histories = {2, 5, 3, 4};
        for (int e = 0; e < histories.length; e++) {
            stored.add(save(forecast("E-" + e, histories[e])));
        }
    }

    private EntityForecast save(EntityForecast forecast) throws RuntimeException {
        try {
            String text = json.writeValueAsString(forecast);
            database.inTenant(LOCAL, handle -> {
                ForecastStore.replaceResult(handle, RUN, forecast, text, 0);
                return null;
            });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return forecast;
    }

    private static EntityForecast forecast(String id, int history) {
        List<String> past = IntStream.range(0, history).mapToObj(i -> LocalDate.of(2024, 1, 1).plusMonths(i).atStartOfDay().toString()).toList();
        List<String> future = IntStream.range(history, history + 3).mapToObj(i -> LocalDate.of(2024, 1, 1).plusMonths(i).atStartOfDay().toString())
                .toList();
        List<Double> values = IntStream.range(0, history).mapToObj(i -> (double) i).toList();
        List<Double> point = List.of(1.0, 2.0, 3.0);
        return new EntityForecast(id, id + " name", "naive", "Naive", null, List.of(), List.of(), null,
                new EntityForecast.History(past, values, values, values),
                new EntityForecast.Future(future, point, List.of(new EntityForecast.Interval(80, point, point))), null, null, 0.01);
    }

    private List<ResultRows.Row> everyRow() {
        return stored.stream().flatMap(f -> ResultRows.of(f).stream()).toList();
    }

    @Test
    void everyPageEqualsTheSameSliceOfAllRows() {
        List<ResultRows.Row> all = everyRow();
        assertThat(all).hasSize(7 + 13 + 9 + 11);

        for (int offset = 0; offset <= all.size() + 1; offset++) {
            for (int limit : new int[] {1, 4, 7, 50}) {
                ForecastResults.DataPage page = pages.page(LOCAL, RUN, offset, limit);
                assertThat(page.total()).isEqualTo(all.size());
                assertThat(page.rows()).as("offset %d, limit %d", offset, limit)
                        .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
            }
        }
    }

    @Test
    void aPageAcrossTwoEntitiesReadsOnlyThoseTwo() {
        List<ForecastStore.PagedResult> covering = store.resultsCovering(LOCAL, RUN, 5, 4);

        assertThat(covering).extracting(ForecastStore.PagedResult::firstRow).containsExactly(0L, 7L);
        assertThat(pages.page(LOCAL, RUN, 5, 4).rows()).extracting(ResultRows.Row::entityId).containsExactly("E-0", "E-0", "E-1", "E-1");
    }

    @Test
    void resultsStoredWithoutARowCountAreCountedOnTheFirstPage() {
        database.inTenant(LOCAL, handle -> handle.createUpdate("UPDATE forecast_results SET row_count = NULL WHERE entity_id IN ('E-1', 'E-3')")
                .execute());
        assertThat(store.resultsWithoutRowCount(LOCAL, RUN)).hasSize(2);

        ForecastResults.DataPage page = pages.page(LOCAL, RUN, 18, 4);

        assertThat(page.total()).isEqualTo(40);
        assertThat(page.rows()).isEqualTo(everyRow().subList(18, 22));
        assertThat(store.resultsWithoutRowCount(LOCAL, RUN)).isEmpty();
    }
}
