package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The drift model: a random walk with the average historical change as drift,
 * b = (y<sub>T</sub> − y<sub>1</sub>) / (T − 1), ŷ<sub>T+h</sub> = y<sub>T</sub> + h·b, and forecast standard
 * deviation σ̂√(h(1 + h/(T − 1))) (FPP3 §5.5, and R's {@code rwf(drift = TRUE)}): the drift is the mean of
 * T − 1 differences, so its variance is σ̂²/(T − 1) and the forecast variance h·σ̂² + h²·σ̂²/(T − 1).
 * Fitted values are the previous observation plus the drift; the drift counts as one estimated parameter
 * in σ̂.
 *
 * <p>With a single observation there is no drift to estimate: it falls back to {@link NaiveModel}.
 */
final class DriftModel {

    private DriftModel() {
    }

    static BaselineFit fit(double[] y, int horizon) {
        int n = y.length;
        if (n < 2) {
            String reason = "The drift method needs at least two observations; used the naive method instead.";
            return NaiveModel.fit(y, horizon).asFallback(reason);
        }
        double drift = (y[n - 1] - y[0]) / (n - 1);
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        fitted[0] = Double.NaN;
        residuals[0] = Double.NaN;
        for (int t = 1; t < n; t++) {
            fitted[t] = y[t - 1] + drift;
            residuals[t] = y[t] - fitted[t];
        }
        ResidualVariance variance = ResidualVariance.of(residuals, 1);
        double sigma = variance.sigma();
        double[] point = new double[horizon];
        double[] standardErrors = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            point[h - 1] = y[n - 1] + h * drift;
            standardErrors[h - 1] = sigma * Math.sqrt(h * (1.0 + (double) h / (n - 1)));
        }
        List<String> notes = new ArrayList<>();
        if (!variance.estimated()) {
            notes.add(ResidualVariance.NOT_ESTIMATED_NOTE);
        }
        double driftStandardError = variance.estimated() ? sigma / Math.sqrt(n - 1) : Double.NaN;
        ModelSummary summary = ModelSummary.withoutLikelihood("RW with drift",
                List.of(new ModelParameter("drift", drift, driftStandardError, false)), variance.sigma2());
        return new BaselineFit(summary, point, standardErrors, fitted, residuals, notes);
    }
}
