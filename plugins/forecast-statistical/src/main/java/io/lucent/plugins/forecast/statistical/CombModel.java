package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsFitter;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsSpec;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.ArrayList;
import java.util.List;

/**
 * Comb, the M4 benchmark: the mean of SES, Holt and damped Holt fitted to the same seasonally adjusted series
 * (M4 seasonality test, classical multiplicative decomposition), reseasonalised. Interval bounds are the means
 * of the three models' bounds. Members that cannot be fitted (very short series) are left out.
 */
public final class CombModel implements SeriesModel {

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        SeasonalAdjustment adjustment = SeasonalAdjustment.m4(y, period);
        EtsFitter fitter = new EtsFitter();
        List<ModelOutput> members = new ArrayList<>();
        List<ModelParameter> params = new ArrayList<>();
        for (EtsSpec spec : List.of(SmoothingModel.SES, SmoothingModel.HOLT, SmoothingModel.DAMPED)) {
            EtsFit fit = fitter.fit(adjustment.adjusted(), period, spec, EtsParameters.FREE, checkpoint).orElse(null);
            if (fit != null) {
                members.add(SmoothingModel.output(fit, adjustment, y.length, horizon, levels));
                params.add(ModelParameter.of(spec.code() + ".alpha", fit.parameters().alpha()));
            }
        }
        if (members.isEmpty()) {
            throw new ModelNotApplicableException("Comb needs at least 4 observations");
        }
        Combination.Combined combined = Combination.of(members, Combination.Pool.MEAN, Combination.Bounds.POOLED);
        double[] residuals = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            residuals[t] = y[t] - combined.fitted()[t];
        }
        String name = "Comb(" + String.join(", ", members.stream().map(o -> o.summary().model()).toList()) + ")";
        return ModelOutput.of(combined.point(), combined.intervals(), combined.fitted(),
                ModelSummary.withoutLikelihood(name, params, SeriesStats.meanSquare(residuals, 0)));
    }
}
