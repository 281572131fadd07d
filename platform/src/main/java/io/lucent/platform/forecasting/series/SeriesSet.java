package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import java.util.List;
import java.util.Map;

/**
 * The time-series view of one dataset version: every entity's regular series.
 *
 * @param storageKey        the Parquet version it was read from
 * @param columns           the columns used
 * @param frequency         the frequency (detected or given)
 * @param frequencyDetected true if it was detected rather than given
 * @param entities          the series by entity id, sorted by id
 */
public record SeriesSet(String storageKey, ColumnMapping.Resolved columns, Frequency frequency, boolean frequencyDetected,
                        Map<String, EntitySeries> entities) {

    /** One entity's series; 404 if the dataset has no such entity. */
    public EntitySeries entity(String id) {
        EntitySeries series = entities.get(id);
        if (series == null) {
            throw LucentException.notFound("Entity", id);
        }
        return series;
    }

    /** The given entities (all when {@code ids} is null or empty), each checked to exist. */
    public List<String> select(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.copyOf(entities.keySet());
        }
        ids.forEach(this::entity);
        return ids.stream().distinct().toList();
    }
}
