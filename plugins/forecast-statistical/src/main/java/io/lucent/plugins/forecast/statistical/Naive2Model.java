package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import java.util.List;

/**
 * Naive2, the M4 benchmark: when the 90% seasonality test (at least three cycles) finds seasonality, the
 * naive forecast of the classically (multiplicatively) seasonally adjusted series times the seasonal indices;
 * otherwise the plain naive forecast. Intervals are the random walk's on the adjusted scale, multiplied back.
 */
public final class Naive2Model implements SeriesModel {

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        SeasonalAdjustment adjustment = SeasonalAdjustment.m4(y, period);
        ModelOutput naive = NaiveModel.forecast(adjustment.adjusted(), horizon, levels);
        double[] factors = adjustment.reseasonalize(filled(horizon), y.length);
        List<ModelParameter> params = adjustment.seasonal()
                ? seasonalIndices(adjustment) : List.of();
        ModelSummary summary = ModelSummary.withoutLikelihood(
                adjustment.seasonal() ? "Naive2 (seasonally adjusted)" : "Naive2", params, naive.summary().sigma2());
        return ModelOutput.of(adjustment.reseasonalize(naive.point(), y.length),
                Intervals.scale(naive.intervals(), factors), adjustment.reseasonalize(naive.fitted(), 0), summary);
    }

    private static List<ModelParameter> seasonalIndices(SeasonalAdjustment adjustment) {
        double[] figure = adjustment.figure();
        ModelParameter[] out = new ModelParameter[figure.length];
        for (int i = 0; i < figure.length; i++) {
            out[i] = ModelParameter.of("seasonalIndex" + (i + 1), figure[i]);
        }
        return List.of(out);
    }

    private static double[] filled(int k) {
        double[] out = new double[k];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }
}
