package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import java.util.Arrays;
import java.util.List;

/**
 * The random walk: every forecast is the last value, with {@code sigma * sqrt(h)} standard errors, sigma^2
 * being the mean squared one-step change. The fallback of every method, and the core of Naive2.
 */
final class NaiveModel {

    private NaiveModel() {
    }

    /**
     * Naive forecasts.
     *
     * @param y       the values, finite
     * @param horizon the number of steps
     * @param levels  interval levels
     * @return the output, model named "Naive"
     */
    static ModelOutput forecast(double[] y, int horizon, List<Double> levels) {
        int n = y.length;
        double[] point = new double[horizon];
        Arrays.fill(point, y[n - 1]);
        double[] fitted = new double[n];
        fitted[0] = Double.NaN;
        double sum = 0;
        for (int t = 1; t < n; t++) {
            fitted[t] = y[t - 1];
            double d = y[t] - y[t - 1];
            sum += d * d;
        }
        double sigma2 = n > 1 ? sum / (n - 1) : 0;
        double[] se = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            se[h - 1] = Math.sqrt(sigma2 * h);
        }
        return ModelOutput.of(point, Intervals.normal(point, se, levels), fitted,
                ModelSummary.withoutLikelihood("Naive", List.of(), sigma2));
    }
}
