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
 * the in-sample one-step squared errors. Seasonality is removed first as in {@link ThetaModel}.
 *
 * <p>Recursions, for t = 2..n (with A and B the intercept and slope of the line through the first t values):
 * {@code mu_t = l_{t-1} + (1 - 1/theta) ((1 - alpha)^(t-1) A_{t-1} + (1 - (1 - alpha)^t) / alpha * B_{t-1})},
 * {@code l_t = alpha y_t + (1 - alpha) l_{t-1}}; forecasts
 * {@code l_n + (1 - 1/theta) ((1 - alpha)^n A_n + ((h - 1) + (1 - (1 - alpha)^(n+1)) / alpha) B_n)}.
 * Intervals use {@code sigma * sqrt(1 + (h - 1) alpha^2)} as for Theta.
 */
public final class DotmModel implements SeriesModel {

    private static final double MIN_ALPHA = 0.01;
    private static final double MAX_ALPHA = 0.99;
    private static final double MIN_THETA = 1.0;
    private static final double MAX_THETA = 50.0;

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        int n = y.length;
        if (n < 4) {
            throw new ModelNotApplicableException("DOTM needs at least 4 observations");
        }
        SeasonalAdjustment adjustment = SeasonalAdjustment.theta(y, period);
        double[] x = adjustment.adjusted();
        double scale = Math.max(1e-10, SeriesStats.mean(absolute(x)));
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[i] / scale;
        }
        double[] start = {xs[0], 0.5, 2.0};
        NelderMead.Result best = NelderMead.minimize(p -> sse(xs, p[0], p[1], p[2], null, null), start,
                1e-10, 1000, checkpoint);
        double level0 = best.point()[0];
        double alpha = best.point()[1];
        double theta = best.point()[2];
        double[] fitted = new double[n];
        double[] stateOut = new double[3];
        double sse = sse(xs, level0, alpha, theta, fitted, stateOut);
        if (!Double.isFinite(sse)) {
            throw new ModelNotApplicableException("DOTM found no feasible parameters");
        }
        double level = stateOut[0];
        double a = stateOut[1];
        double b = stateOut[2];
        double weight = 1 - 1 / theta;
        double decay = Math.pow(1 - alpha, n);
        double tail = (1 - Math.pow(1 - alpha, n + 1)) / alpha;
        double[] point = new double[horizon];
        double[] se = new double[horizon];
        double sigma2 = sse / Math.max(1, n - 3) * scale * scale;
        for (int h = 1; h <= horizon; h++) {
            point[h - 1] = scale * (level + weight * (decay * a + ((h - 1) + tail) * b));
            se[h - 1] = Math.sqrt(sigma2 * (1 + (h - 1) * alpha * alpha));
        }
        for (int i = 0; i < n; i++) {
            fitted[i] *= scale;
        }
        double[] factors = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            factors[h] = adjustment.index(n + h);
        }
        List<ModelParameter> params = List.of(ModelParameter.of("alpha", alpha), ModelParameter.of("theta", theta),
                ModelParameter.of("l0", level0 * scale));
        ModelSummary summary = ModelSummary.withoutLikelihood(
                adjustment.seasonal() ? "DOTM (seasonally adjusted)" : "DOTM", params, sigma2);
        return ModelOutput.of(adjustment.reseasonalize(point, n),
                Intervals.scale(Intervals.normal(point, se, levels), factors),
                adjustment.reseasonalize(fitted, 0), summary);
    }

    /**
     * The sum of squared one-step errors of the DOTM recursions; infinite outside the parameter bounds.
     * When {@code fitted} is given it receives the one-step forecasts, and {@code state} the final level,
     * intercept and slope.
     */
    static double sse(double[] y, double level0, double alpha, double theta, double[] fitted, double[] state) {
        if (!(alpha >= MIN_ALPHA && alpha <= MAX_ALPHA && theta >= MIN_THETA && theta <= MAX_THETA)) {
            return Double.POSITIVE_INFINITY;
        }
        int n = y.length;
        double weight = 1 - 1 / theta;
        double keep = 1 - alpha;
        double level = level0;
        double mean = y[0];
        double a = y[0];
        double b = 0;
        double decay = 1; // (1 - alpha)^(t-1)
        double e0 = y[0] - level0;
        double sse = e0 * e0;
        if (fitted != null) {
            fitted[0] = level0;
        }
        level = alpha * y[0] + keep * level;
        decay *= keep;
        for (int i = 1; i < n; i++) {
            int t = i + 1;
            double mu = level + weight * (decay * a + (1 - decay * keep) / alpha * b);
            double e = y[i] - mu;
            sse += e * e;
            if (fitted != null) {
                fitted[i] = mu;
            }
            level = alpha * y[i] + keep * level;
            double previousMean = mean;
            mean = ((t - 1) * mean + y[i]) / t;
            b = ((double) (t - 2) / (t + 1)) * b + (6.0 / (t + 1)) * (y[i] - previousMean) / t;
            a = mean - (t + 1) / 2.0 * b;
            decay *= keep;
        }
        if (state != null) {
            state[0] = level;
            state[1] = a;
            state[2] = b;
        }
        return sse;
    }

    private static double[] absolute(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }
}
