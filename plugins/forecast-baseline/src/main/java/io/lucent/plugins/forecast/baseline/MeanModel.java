package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mean model: every forecast is the historical average ȳ, with forecast standard deviation
 * σ̂√(1 + 1/T) (FPP3 §5.5). Fitted values are the mean; the mean counts as one estimated parameter in σ̂.
 */
final class MeanModel {

    private MeanModel() {
    }

    static BaselineFit fit(double[] y, int horizon) {
        int n = y.length;
        double mean = 0;
        for (double value : y) {
            mean += value;
        }
        mean /= n;
        double[] fitted = new double[n];
        double[] residuals = new double[n];
        for (int t = 0; t < n; t++) {
            fitted[t] = mean;
            residuals[t] = y[t] - mean;
        }
        ResidualVariance variance = ResidualVariance.of(residuals, 1);
        double sigma = variance.sigma();
        double[] point = new double[horizon];
        double[] standardErrors = new double[horizon];
        Arrays.fill(point, mean);
        Arrays.fill(standardErrors, sigma * Math.sqrt(1.0 + 1.0 / n));
        List<String> notes = new ArrayList<>();
        if (!variance.estimated()) {
            notes.add(ResidualVariance.NOT_ESTIMATED_NOTE);
        }
        double meanStandardError = variance.estimated() ? sigma / Math.sqrt(n) : Double.NaN;
        ModelSummary summary = ModelSummary.withoutLikelihood("MEAN",
                List.of(new ModelParameter("mean", mean, meanStandardError, false)), variance.sigma2());
        return new BaselineFit(summary, point, standardErrors, fitted, residuals, notes);
    }
}
