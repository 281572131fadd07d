package io.lucent.platform.forecasting.runs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lucent.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of a forecast's long result layout (entities in id order, each expanded by {@link ResultRows}). The
 * database finds the entity results that overlap a page from the row counts stored with them, so a page reads and
 * expands only those results, however many entities the forecast has. Results stored before row counts existed
 * are counted once, on the first page asked for.
 */
final class ResultPages {

    private final ForecastStore store;
    private final ObjectMapper json;

    ResultPages(ForecastStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /** Rows {@code offset} to {@code offset + limit - 1} (fewer at the end) and the total; the forecast must exist. */
    ForecastResults.DataPage page(TenantContext tenant, String forecastId, int offset, int limit) {
        for (ForecastStore.StoredResult old : store.resultsWithoutRowCount(tenant, forecastId)) {
            store.setRowCount(tenant, forecastId, old.entityId(), ResultRows.count(read(old.json())));
        }
        List<ResultRows.Row> rows = new ArrayList<>();
        for (ForecastStore.PagedResult result : store.resultsCovering(tenant, forecastId, offset, limit)) {
            List<ResultRows.Row> entityRows = ResultRows.of(read(result.json()));
            int from = (int) Math.max(0, offset - result.firstRow());
            int to = (int) Math.min(entityRows.size(), offset + (long) limit - result.firstRow());
            rows.addAll(entityRows.subList(Math.min(from, to), to));
        }
        return new ForecastResults.DataPage(rows, offset, limit, Math.toIntExact(store.countRows(tenant, forecastId)));
    }

    private EntityForecast read(String text) {
        try {
            return json.readValue(text, EntityForecast.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored forecast result could not be read", e);
        }
    }
}
