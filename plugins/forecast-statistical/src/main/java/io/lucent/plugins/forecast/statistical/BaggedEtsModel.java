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
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Bagged ETS (Bergmeir, Hyndman and Benítez 2016; R's {@code baggedETS}): AutoETS is fitted to the series and to
 * {@code bootstraps - 1} bootstrapped versions of it ({@link BootstrapSeries}), and the point forecasts are the
 * median or mean of the fits' forecasts. The random source is seeded from the series' values, so the same series
 * always gives the same forecasts.
 *
 * <p>Intervals are those of the model fitted to the series itself, shifted by the difference between the bagged
 * and that model's point forecasts (R reports the range of the bagged forecasts instead, which is not a prediction
 * interval); fitted values are that model's.
 *
 * @param bootstraps the number of series fitted, the original included (R uses 100)
 * @param median     true for the median of the forecasts (R's default), false for the mean
 */
public record BaggedEtsModel(int bootstraps, boolean median) implements SeriesModel {

    /** The number of series needed to bootstrap. */
    static final int MIN_OBSERVATIONS = 4;

    /**
     * Validates the settings.
     *
     * @param bootstraps at least 1
     * @param median     the aggregate
     */
    public BaggedEtsModel {
        if (bootstraps < 1) {
            throw new IllegalArgumentException("bootstraps must be at least 1");
        }
    }

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        if (y.length < MIN_OBSERVATIONS) {
            throw new ModelNotApplicableException("bagging needs at least " + MIN_OBSERVATIONS + " observations");
        }
        AutoEts autoEts = new AutoEts();
        EtsFit original = best(autoEts.fitAll(y, period, EtsPattern.AUTO, null, EtsParameters.FREE, checkpoint));
        if (original == null) {
            throw new ModelNotApplicableException("no ETS model could be fitted to " + y.length + " observations");
        }
        double[] originalPoint = EtsForecaster.point(original, horizon);
        List<double[]> forecasts = new ArrayList<>();
        forecasts.add(originalPoint);
        BootstrapSeries bootstrap = BootstrapSeries.of(y, period);
        SplittableRandom random = new SplittableRandom(seed(y));
        for (int b = 1; b < bootstraps; b++) {
            checkpoint.run();
            double[] sample = bootstrap.sample(random);
            EtsFit fit = best(autoEts.fitAll(sample, period, EtsPattern.AUTO, null, EtsParameters.FREE, checkpoint));
            if (fit != null) {
                double[] f = EtsForecaster.point(fit, horizon);
                if (Arrays.stream(f).allMatch(Double::isFinite)) {
                    forecasts.add(f);
                }
            }
        }
        double[] point = aggregate(forecasts, horizon);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval interval : EtsForecaster.intervals(original, originalPoint, levels)) {
            double[] lower = interval.lower().clone();
            double[] upper = interval.upper().clone();
            for (int h = 0; h < horizon; h++) {
                double shift = point[h] - originalPoint[h];
                lower[h] += shift;
                upper[h] += shift;
            }
            intervals.add(new PredictionInterval(interval.level(), lower, upper));
        }
        double sse = 0;
        for (int t = 0; t < y.length; t++) {
            sse += (y[t] - original.fitted()[t]) * (y[t] - original.fitted()[t]);
        }
        List<ModelParameter> params = List.of(ModelParameter.of("bagged models", forecasts.size()),
                ModelParameter.of("Box-Cox lambda", bootstrap.lambda()));
        ModelSummary summary = ModelSummary.withoutLikelihood("Bagged ETS (" + (median ? "median" : "mean")
                + " of " + forecasts.size() + ", original " + original.spec() + ")", params, sse / y.length);
        return ModelOutput.of(point, intervals, original.fitted().clone(), summary);
    }

    private double[] aggregate(List<double[]> forecasts, int horizon) {
        double[] out = new double[horizon];
        double[] column = new double[forecasts.size()];
        for (int h = 0; h < horizon; h++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = forecasts.get(i)[h];
            }
            if (median) {
                Arrays.sort(column);
                int k = column.length;
                out[h] = k % 2 == 1 ? column[k / 2] : (column[k / 2 - 1] + column[k / 2]) / 2;
            } else {
                out[h] = Arrays.stream(column).sum() / column.length;
            }
        }
        return out;
    }

    private static EtsFit best(List<EtsFit> fits) {
        EtsFit best = null;
        for (EtsFit fit : fits) {
            if (best == null || fit.aicc() < best.aicc()) {
                best = fit;
            }
        }
        return best;
    }

    /** A seed that depends only on the values, so that forecasts are reproducible. */
    static long seed(double[] y) {
        long h = 0x9E3779B97F4A7C15L;
        for (double v : y) {
            h = (h ^ Double.doubleToLongBits(v)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
