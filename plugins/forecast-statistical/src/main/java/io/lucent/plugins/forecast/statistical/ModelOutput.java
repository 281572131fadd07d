package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.List;

/**
 * What a model produced on the prepared series, before it is mapped back to the caller's series.
 *
 * @param point     the point forecasts
 * @param intervals one interval per requested level, ascending
 * @param fitted    one-step fitted values, one per prepared observation (NaN where undefined)
 * @param summary   the model summary
 * @param notes     remarks for the user
 */
public record ModelOutput(double[] point, List<PredictionInterval> intervals, double[] fitted, ModelSummary summary,
                          List<String> notes) {

    /**
     * An output without notes.
     *
     * @param point     the point forecasts
     * @param intervals the intervals
     * @param fitted    the fitted values
     * @param summary   the summary
     * @return the output
     */
    public static ModelOutput of(double[] point, List<PredictionInterval> intervals, double[] fitted,
                                 ModelSummary summary) {
        return new ModelOutput(point, intervals, fitted, summary, List.of());
    }
}
