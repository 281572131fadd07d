package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.ets.AutoEts;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsForecaster;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsPattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The ETS models AutoETS considers, combined with Akaike weights instead of keeping only the best one
 * (Kolassa 2011, "Combining exponential smoothing forecasts using Akaike weights"): model i gets the weight
 * {@code exp(-ΔAICc_i / 2)} normalised to sum 1, where ΔAICc_i is its distance to the smallest AICc. The weights
 * come from the series' own in-sample likelihoods only.
 *
 * <p>Point forecasts and fitted values are the weighted means. Intervals are those of the best model shifted by
 * the difference between the weighted and the best model's point forecast (computing every model's intervals,
 * some by simulation, would cost far more than it changes).
 */
public final class EtsAkaikeModel implements SeriesModel {

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        List<EtsFit> fits = new AutoEts().fitAll(y, period, EtsPattern.AUTO, null, EtsParameters.FREE, checkpoint);
        if (fits.isEmpty()) {
            throw new ModelNotApplicableException("no ETS model could be fitted to " + y.length + " observations");
        }
        double[] weights = weights(fits);
        EtsFit best = fits.get(0);
        for (EtsFit fit : fits) {
            if (fit.aicc() < best.aicc()) {
                best = fit;
            }
        }
        double[] point = new double[horizon];
        double[] fitted = new double[y.length];
        for (int i = 0; i < fits.size(); i++) {
            if (weights[i] == 0) {
                continue;
            }
            double[] f = EtsForecaster.point(fits.get(i), horizon);
            for (int h = 0; h < horizon; h++) {
                point[h] += weights[i] * f[h];
            }
            for (int t = 0; t < y.length; t++) {
                fitted[t] += weights[i] * fits.get(i).fitted()[t];
            }
        }
        double[] bestPoint = EtsForecaster.point(best, horizon);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval interval : EtsForecaster.intervals(best, bestPoint, levels)) {
            double[] lower = interval.lower().clone();
            double[] upper = interval.upper().clone();
            for (int h = 0; h < horizon; h++) {
                double shift = point[h] - bestPoint[h];
                lower[h] += shift;
                upper[h] += shift;
            }
            intervals.add(new PredictionInterval(interval.level(), lower, upper));
        }
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
        }
        List<ModelParameter> params = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            params.add(ModelParameter.of("weight " + fits.get(i).spec(), weights[i]));
        }
        ModelSummary summary = ModelSummary.withoutLikelihood("ETS Akaike-weighted (best " + best.spec() + ")",
                params, sse / y.length);
        return ModelOutput.of(point, intervals, fitted, summary);
    }

    /**
     * Akaike weights of fits with finite AICc.
     *
     * @param fits the fits, at least one
     * @return weights summing to 1, in the same order
     */
    static double[] weights(List<EtsFit> fits) {
        double min = Double.POSITIVE_INFINITY;
        for (EtsFit fit : fits) {
            min = Math.min(min, fit.aicc());
        }
        double[] w = new double[fits.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(-0.5 * (fits.get(i).aicc() - min));
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }
}
