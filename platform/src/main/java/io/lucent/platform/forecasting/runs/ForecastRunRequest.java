package io.lucent.platform.forecasting.runs;

import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.ColumnMapping;
import io.lucent.plugin.api.forecast.Frequency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/forecast/run}, {@code /batch} and {@code /preview}.
 *
 * @param datasetId       the dataset
 * @param entities        the entity ids; null or empty = all (batch); exactly one for run and preview
 * @param method          the method id (default {@code auto})
 * @param horizon         steps ahead (required)
 * @param levels          interval levels in percent (default 80 and 95)
 * @param settings        the method's settings
 * @param crossValidation rolling-origin evaluation ({@code folds}, {@code horizon}, {@code step}); null = none
 * @param columns         the column mapping (defaults Date, Entity_ID, Entity_Name, Volume)
 * @param frequency       hourly, daily, weekly, monthly, quarterly or yearly; null = detected
 * @param timeoutSeconds  the job's time limit; null = the configured default
 */
public record ForecastRunRequest(String datasetId, List<String> entities, String method, Integer horizon, List<Double> levels,
                                 Map<String, Object> settings, CrossValidation crossValidation, ColumnMapping columns, String frequency,
                                 Integer timeoutSeconds) {

    /** The forecast settings; 400 when the horizon is missing or out of range. */
    public ForecastSpec spec() {
        if (horizon == null) {
            throw LucentException.invalid("horizon is required");
        }
        return new ForecastSpec(method, horizon, levels, settings, crossValidation);
    }

    public String requireDataset() {
        if (datasetId == null || datasetId.isBlank()) {
            throw LucentException.invalid("datasetId is required");
        }
        return datasetId;
    }

    public ColumnMapping mapping() {
        return columns == null ? ColumnMapping.DEFAULTS : columns;
    }

    /** The frequency override; 400 naming the accepted values when unknown. */
    public Optional<Frequency> frequencyOverride() {
        if (frequency == null || frequency.isBlank()) {
            return Optional.empty();
        }
        try {
            Frequency value = Frequency.valueOf(frequency.trim().toUpperCase(Locale.ROOT));
            if (value == Frequency.OTHER) {
                throw new IllegalArgumentException();
            }
            return Optional.of(value);
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid("frequency must be one of hourly, daily, weekly, monthly, quarterly, yearly");
        }
    }
}
