package io.lucent.platform.forecasting.runs;

import io.lucent.platform.errors.LucentException;
import java.util.List;
import java.util.Map;

/**
 * What to forecast for each entity: the method, horizon, interval levels, method settings and optional
 * cross-validation.
 *
 * @param method          the forecasting method id
 * @param horizon         steps ahead, 1 to 1000
 * @param levels          interval levels in percent
 * @param settings        the method's settings (validated against its schema)
 * @param crossValidation rolling-origin evaluation, or null
 */
public record ForecastSpec(String method, int horizon, List<Double> levels, Map<String, Object> settings, CrossValidation crossValidation) {

    public static final int MAX_HORIZON = 1000;

    public ForecastSpec {
        if (method == null || method.isBlank()) {
            method = "auto";
        }
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw LucentException.invalid("horizon must be between 1 and " + MAX_HORIZON);
        }
        levels = levels == null ? List.of(80.0, 95.0) : levels.stream().distinct().sorted().toList();
        for (double level : levels) {
            if (!(level > 0 && level < 100)) {
                throw LucentException.invalid("interval levels must be between 0 and 100 (exclusive), got " + level);
            }
        }
        settings = settings == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
        crossValidation = crossValidation == null ? null : crossValidation.resolved(horizon);
    }
}
