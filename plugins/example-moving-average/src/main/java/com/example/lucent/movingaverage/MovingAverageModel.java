package com.example.lucent.movingaverage;

import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A moving average fitted to one series: the one-step-ahead fitted values (the mean of the previous
 * {@code window} observations), the residuals and their variance. Immutable.
 *
 * <p>Intervals: the error of the h-step forecast is taken as normal with standard deviation
 * {@code sigma * sqrt(h)}, where {@code sigma^2} is the mean squared one-step residual. The {@code sqrt(h)}
 * growth treats the level as drifting like a random walk beyond the window: conservative, and never
 * narrowing with the horizon.
 */
final class MovingAverageModel {

    private static final int CANCELLATION_CHECK_INTERVAL = 4096;

    private final int window;
    private final double level;
    private final double[] fitted;
    private final double[] residuals;
    private final double sigma2;

    private MovingAverageModel(int window, double level, double[] fitted, double[] residuals, double sigma2) {
        this.window = window;
        this.level = level;
        this.fitted = fitted;
        this.residuals = residuals;
        this.sigma2 = sigma2;
    }

    /**
     * Fits the model.
     *
     * @param filled          the observations with gaps filled, at least one
     * @param observed        the observations as given, {@code NaN} where missing (no residual there)
     * @param requestedWindow the window the user asked for; shortened to the series length if longer
     * @param context         checked for cancellation while fitting
     */
    static MovingAverageModel fit(double[] filled, double[] observed, int requestedWindow, PluginContext context) {
        int n = filled.length;
        int window = Math.min(requestedWindow, n);
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        Arrays.fill(fitted, Double.NaN);
        Arrays.fill(residuals, Double.NaN);
        double sum = 0;
        double squaredErrors = 0;
        int errors = 0;
        for (int t = 0; t < n; t++) {
            if (t % CANCELLATION_CHECK_INTERVAL == 0) {
                context.throwIfCancelled();
            }
            if (t >= window) {
                fitted[t] = sum / window;
                if (!Double.isNaN(observed[t])) {
                    residuals[t] = observed[t] - fitted[t];
                    squaredErrors += residuals[t] * residuals[t];
                    errors++;
                }
                sum -= filled[t - window];
            }
            sum += filled[t];
        }
        double level = 0;
        for (int t = n - window; t < n; t++) {
            level += filled[t];
        }
        level /= window;
        double sigma2 = errors == 0 ? Double.NaN : squaredErrors / errors;
        return new MovingAverageModel(window, level, fitted, residuals, sigma2);
    }

    int window() {
        return window;
    }

    boolean hasErrorEstimate() {
        return !Double.isNaN(sigma2);
    }

    double[] pointForecast(int horizon) {
        double[] point = new double[horizon];
        Arrays.fill(point, level);
        return point;
    }

    List<PredictionInterval> intervals(int horizon, List<Double> levels) {
        double sigma = hasErrorEstimate() ? Math.sqrt(sigma2) : 0;
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double percent : levels) {
            double z = NormalQuantile.of(0.5 + percent / 200);
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double halfWidth = z * sigma * Math.sqrt(h + 1.0);
                lower[h] = level - halfWidth;
                upper[h] = level + halfWidth;
            }
            intervals.add(new PredictionInterval(percent, lower, upper));
        }
        return intervals;
    }

    double[] fitted() {
        return fitted.clone();
    }

    double[] residuals() {
        return residuals.clone();
    }

    ModelSummary summary(int requestedWindow) {
        ModelSummary summary = ModelSummary.withoutLikelihood("MovingAverage(" + window + ")",
                List.of(new ModelParameter("window", window, Double.NaN, true)), sigma2);
        return window < requestedWindow
                ? summary.asFallback("the series is shorter than the requested window of " + requestedWindow)
                : summary;
    }
}
