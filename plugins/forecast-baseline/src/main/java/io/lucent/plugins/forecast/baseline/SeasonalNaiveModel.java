package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * The seasonal naive model: each forecast is the last observed value from the same season,
 * ŷ<sub>T+h</sub> = y<sub>T+h−m(k+1)</sub> with k = ⌊(h−1)/m⌋, and forecast standard deviation σ̂√(k+1)
 * (FPP3 §5.5). Fitted values are the observation one season earlier.
 *
 * <p>With period 1 it is the naive method. It needs more than one full season (at least m + 1 observations, so
 * that a residual exists); otherwise it falls back to {@link NaiveModel} and records why.
 */
final class SeasonalNaiveModel {

    private SeasonalNaiveModel() {
    }

    static BaselineFit fit(double[] y, int horizon, int period) {
        int n = y.length;
        if (period <= 1) {
            // Not a fallback: with no seasonal cycle, seasonal naive is the naive method by definition.
            return NaiveModel.fit(y, horizon).withNote("The series has no seasonal period, so seasonal naive is the naive method.");
        }
        if (n <= period) {
            return fallBack(y, horizon, "Seasonal naive needs more than one full season of " + period
                    + " observations but the series has " + n + "; used the naive method instead.");
        }
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = t < period ? Double.NaN : y[t - period];
            residuals[t] = y[t] - fitted[t];
        }
        ResidualVariance variance = ResidualVariance.of(residuals, 0);
        double[] point = new double[horizon];
        double[] standardErrors = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            int k = (h - 1) / period;
            point[h - 1] = y[n - 1 + h - period * (k + 1)];
            standardErrors[h - 1] = variance.sigma() * Math.sqrt(k + 1);
        }
        List<String> notes = new ArrayList<>();
        if (!variance.estimated()) {
            notes.add(ResidualVariance.NOT_ESTIMATED_NOTE);
        }
        ModelSummary summary = ModelSummary.withoutLikelihood("SNAIVE[" + period + "]",
                List.of(new ModelParameter("period", period, Double.NaN, true)), variance.sigma2());
        return new BaselineFit(summary, point, standardErrors, fitted, residuals, notes);
    }

    private static BaselineFit fallBack(double[] y, int horizon, String reason) {
        return NaiveModel.fit(y, horizon).asFallback(reason);
    }
}
