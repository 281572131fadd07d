package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The naive (random walk) model: every forecast is the last observation, ŷ<sub>T+h</sub> = y<sub>T</sub>,
 * with forecast standard deviation σ̂√h (FPP3 §5.5). Fitted values are the previous observation.
 */
final class NaiveModel {

    static final String NAME = "NAIVE";

    private NaiveModel() {
    }

    static BaselineFit fit(double[] y, int horizon) {
        int n = y.length;
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        fitted[0] = Double.NaN;
        residuals[0] = Double.NaN;
        for (int t = 1; t < n; t++) {
            fitted[t] = y[t - 1];
            residuals[t] = y[t] - fitted[t];
        }
        ResidualVariance variance = ResidualVariance.of(residuals, 0);
        double[] point = new double[horizon];
        double[] standardErrors = new double[horizon];
        Arrays.fill(point, y[n - 1]);
        for (int h = 1; h <= horizon; h++) {
            standardErrors[h - 1] = variance.sigma() * Math.sqrt(h);
        }
        List<String> notes = new ArrayList<>();
        if (!variance.estimated()) {
            notes.add(ResidualVariance.NOT_ESTIMATED_NOTE);
        }
        ModelSummary summary = ModelSummary.withoutLikelihood(NAME, List.of(), variance.sigma2());
        return new BaselineFit(summary, point, standardErrors, fitted, residuals, notes);
    }
}
