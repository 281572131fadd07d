package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import io.lucent.plugins.forecast.statistical.math.NelderMead;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.List;

/**
 * The dynamic optimised Theta model (DOTM) of Fiorucci, Pellegrini, Louzada, Petropoulos and Koehler (2016):
 * the Theta line's intercept and slope are updated with every observation (a running least-squares line), and
 * the smoothing parameter alpha, the theta coefficient and the initial level are chosen together by minimising
 * the in-sample one-step squared errors (from the third observation on, as the authors do). Seasonality is
 * removed first as in {@link ThetaModel}.
 *
 * <p>States after observation t: level {@code l_t = alpha y_t + (1 - alpha) l_{t-1}}, running mean, slope
 * {@code B_t = ((t - 2) B_{t-1} + 6 (y_t - mean_{t-1}) / t) / (t + 1)} and intercept
 * {@code A_t = mean_t - (t + 1) B_t / 2}, starting from {@code A_1 = y_1, B_1 = 0}. One-step forecast
 * {@code mu_{t+1} = l_t + (1 - 1/theta) ((1 - alpha)^t A_t + (1 - (1 - alpha)^(t+1)) / alpha * B_t)}.
 * Forecasts continue the recursions with each forecast taken as the observation. Intervals use
 * {@code sigma * sqrt(1 + (h - 1) alpha^2)} as for Theta.
 */
public final class DotmModel implements SeriesModel {

    private static final double MIN_ALPHA = 0.1;
    private static final double MAX_ALPHA = 0.99;
    private static final double MIN_THETA = 1.0;
    private static final double MAX_THETA = 1e10;

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        int n = y.length;
        if (n < 4) {
            throw new ModelNotApplicableException("DOTM needs at least 4 observations");
        }
        SeasonalAdjustment adjustment = SeasonalAdjustment.theta(y, period);
        double[] x = adjustment.adjusted();
        double scale = Math.max(1e-10, SeriesStats.mean(absolute(x)));
        double[] start = {x[0] / 2, 0.5, 2.0};
        NelderMead.Result best = NelderMead.minimize(p -> sse(x, p[0], p[1], p[2], scale), start, 1e-8, 1000,
                checkpoint);
        double level0 = best.point()[0];
        double alpha = best.point()[1];
        double theta = best.point()[2];
        if (!Double.isFinite(sse(x, level0, alpha, theta, scale))) {
            throw new ModelNotApplicableException("DOTM found no feasible parameters");
        }
        double[] path = run(x, level0, alpha, theta, horizon);
        double[] fitted = java.util.Arrays.copyOf(path, n);
        double[] point = java.util.Arrays.copyOfRange(path, n, n + horizon);
        double sse = 0;
        for (int t = 2; t < n; t++) {
            sse += (x[t] - fitted[t]) * (x[t] - fitted[t]);
        }
        double sigma2 = sse / Math.max(1, n - 2 - 3);
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            se[h - 1] = Math.sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
        }
        double[] factors = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            factors[h] = adjustment.index(n + h);
        }
        List<ModelParameter> params = List.of(ModelParameter.of("alpha", alpha), ModelParameter.of("theta", theta),
                ModelParameter.of("l0", level0));
        ModelSummary summary = ModelSummary.withoutLikelihood(
                adjustment.seasonal() ? "DOTM (seasonally adjusted)" : "DOTM", params, sigma2);
        return ModelOutput.of(adjustment.reseasonalize(point, n),
                Intervals.scale(Intervals.normal(point, se, levels), factors),
                adjustment.reseasonalize(fitted, 0), summary);
    }

    /** The scaled sum of squared one-step errors from the third observation on; infinite outside the bounds. */
    static double sse(double[] y, double level0, double alpha, double theta, double scale) {
        if (!(alpha >= MIN_ALPHA && alpha <= MAX_ALPHA && theta >= MIN_THETA && theta <= MAX_THETA)
                || !Double.isFinite(level0)) {
            return Double.POSITIVE_INFINITY;
        }
        int n = y.length;
        double weight = 1 - 1 / theta;
        double keep = 1 - alpha;
        double level = alpha * y[0] + keep * level0;
        double mean = y[0];
        double a = y[0];
        double b = 0;
        double decay = keep; // (1 - alpha)^t after observation t
        double sse = 0;
        for (int t = 1; t < n; t++) {
            double mu = level + weight * (decay * a + (1 - decay * keep) / alpha * b);
            if (t >= 2) {
                double e = (y[t] - mu) / scale;
                sse += e * e;
            }
            int count = t + 1;
            level = alpha * y[t] + keep * level;
            double previousMean = mean;
            mean = (t * mean + y[t]) / count;
            b = ((count - 2) * b + 6 * (y[t] - previousMean) / count) / (count + 1);
            a = mean - (count + 1) / 2.0 * b;
            decay *= keep;
        }
        return sse;
    }

    /** One-step fitted values for the data, then forecasts, each forecast fed back as an observation. */
    private static double[] run(double[] y, double level0, double alpha, double theta, int horizon) {
        int n = y.length;
        double[] out = new double[n + horizon];
        double weight = 1 - 1 / theta;
        double keep = 1 - alpha;
        double level = alpha * y[0] + keep * level0;
        double mean = y[0];
        double a = y[0];
        double b = 0;
        double decay = keep;
        out[0] = y[0];
        for (int t = 1; t < n + horizon; t++) {
            double mu = level + weight * (decay * a + (1 - decay * keep) / alpha * b);
            out[t] = mu;
            double obs = t < n ? y[t] : mu;
            int count = t + 1;
            level = alpha * obs + keep * level;
            double previousMean = mean;
            mean = (t * mean + obs) / count;
            b = ((count - 2) * b + 6 * (obs - previousMean) / count) / (count + 1);
            a = mean - (count + 1) / 2.0 * b;
            decay *= keep;
        }
        return out;
    }

    private static double[] absolute(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }
}
