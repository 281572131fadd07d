package io.lucent.platform.forecasting.diagnostics;

import io.lucent.platform.forecasting.runs.AccuracyMetrics;
import io.lucent.platform.forecasting.runs.EntityForecast;
import io.lucent.plugin.api.forecast.Frequency;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Diagnostics of one entity's stored forecast: residual analysis, parameters with significance, trend and
 * seasonality strength, the cross-validation it had, and four quality indicators.
 *
 * @param entityId      the entity
 * @param model         the model
 * @param parameters    the parameters with z statistics and two-sided p-values where a standard error is known
 * @param residuals     the residual analysis
 * @param decomposition trend and seasonality strength
 * @param evaluation    the cross-validation, or null if none was asked for
 * @param quality       accuracy, residual whiteness, interval calibration, data sufficiency
 */
public record ForecastDiagnostics(String entityId, String model, List<Parameter> parameters, ResidualAnalysis residuals,
                                  Decomposition decomposition, EntityForecast.Evaluation evaluation, List<QualityIndicator> quality) {

    /**
     * A parameter with its significance.
     *
     * @param name          its name
     * @param value         its value
     * @param standardError its standard error, or null
     * @param z             value / standard error, or null
     * @param pValue        two-sided normal p-value, or null
     * @param significant   p below 0.05, or null when unknown
     * @param fixed         set by the user rather than estimated
     */
    public record Parameter(String name, double value, Double standardError, Double z, Double pValue, Boolean significant, boolean fixed) {
    }

    private static final NormalDistribution NORMAL = new NormalDistribution();

    /** Diagnoses a stored forecast of a series with the given frequency. */
    public static ForecastDiagnostics of(EntityForecast forecast, Frequency frequency) {
        double[] actual = unbox(forecast.history().actual());
        double[] residuals = unbox(forecast.history().residuals());
        // Periods of N months (frequency other) have the yearly cycle 12 / N when N divides 12.
        int natural = frequency != Frequency.OTHER ? frequency.naturalPeriod() : io.lucent.platform.forecasting.series.Spacing.seasonalPeriod(
                frequency, forecast.history().periods().stream().map(java.time.LocalDateTime::parse).toList());
        int period = actual.length >= 2 * natural ? natural : 1;
        List<Parameter> parameters = forecast.parameters().stream().map(p -> {
            boolean known = p.standardError() != null && p.standardError() > 0;
            Double z = known ? p.value() / p.standardError() : null;
            Double pValue = z == null ? null : 2 * (1 - NORMAL.cumulativeProbability(Math.abs(z)));
            return new Parameter(p.name(), p.value(), known ? p.standardError() : null, z, pValue, pValue == null ? null : pValue < 0.05, p.fixed());
        }).toList();
        int estimated = (int) forecast.parameters().stream().filter(p -> !p.fixed()).count();
        ResidualAnalysis analysis = ResidualAnalysis.of(residuals, period, estimated);
        Decomposition decomposition = Decomposition.of(actual, period);
        List<QualityIndicator> quality = new ArrayList<>();
        quality.add(accuracy(forecast));
        quality.add(whiteness(analysis));
        quality.add(calibration(forecast));
        quality.add(sufficiency(actual, period));
        return new ForecastDiagnostics(forecast.entityId(), forecast.model(), parameters, analysis, decomposition, forecast.evaluation(), quality);
    }

    static QualityIndicator accuracy(EntityForecast forecast) {
        boolean crossValidated = forecast.evaluation() != null && forecast.evaluation().metrics().mase() != null;
        Double mase = crossValidated ? forecast.evaluation().metrics().mase() : forecast.fit().mase();
        if (mase == null) {
            return new QualityIndicator("accuracy", null, "MASE is undefined for this series (it does not vary at the seasonal lag)");
        }
        int score = clamp(100 * (1.5 - mase));
        return new QualityIndicator("accuracy", score, String.format(Locale.ROOT, "%s MASE %.2f: errors are %.0f%% of a seasonal naive "
                + "forecast's in-sample errors (0.5 or less scores 100, 1.5 or more scores 0)",
                crossValidated ? "cross-validated" : "in-sample (ask for crossValidation to score out-of-sample)", mase, mase * 100));
    }

    static QualityIndicator whiteness(ResidualAnalysis analysis) {
        double p = analysis.ljungBox().pValue();
        int score = clamp(100 * p / 0.2);
        return new QualityIndicator("residual_whiteness", score, String.format(Locale.ROOT, "Ljung-Box p-value %.3f at lag %d: %s "
                + "(p of 0.2 or more scores 100)", p, analysis.ljungBox().lag(),
                p < 0.05 ? "the residuals are autocorrelated, so the model misses some structure" : "no evidence of leftover autocorrelation"));
    }

    static QualityIndicator calibration(EntityForecast forecast) {
        if (forecast.evaluation() == null || forecast.evaluation().metrics().coverage().isEmpty()) {
            return new QualityIndicator("interval_calibration", null, "not measured: interval coverage needs cross-validation");
        }
        double worst = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<String, Double> level : forecast.evaluation().metrics().coverage().entrySet()) {
            if (level.getValue() == null) {
                continue;
            }
            double nominal = Double.parseDouble(level.getKey()) / 100;
            worst = Math.max(worst, Math.abs(level.getValue() - nominal));
            detail.append(String.format(Locale.ROOT, "%s%% intervals held %.0f%% of actuals; ", level.getKey(), level.getValue() * 100));
        }
        int score = clamp(100 * (1 - worst / 0.25));
        return new QualityIndicator("interval_calibration", score, detail + "a gap of 25 points or more from the nominal level scores 0");
    }

    static QualityIndicator sufficiency(double[] actual, int period) {
        int observed = 0;
        for (double v : actual) {
            if (!Double.isNaN(v)) {
                observed++;
            }
        }
        int needed = period > 1 ? 2 * period + 8 : 24;
        double missingShare = actual.length == 0 ? 1 : 1 - (double) observed / actual.length;
        int score = clamp(100.0 * observed / needed * (1 - missingShare));
        return new QualityIndicator("data_sufficiency", score, String.format(Locale.ROOT, "%d observations (%.0f%% missing); %d or more "
                + "complete ones (two seasonal cycles and some) score 100", observed, missingShare * 100, needed));
    }

    private static int clamp(double value) {
        return (int) Math.round(Math.max(0, Math.min(100, value)));
    }

    private static double[] unbox(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i) == null ? Double.NaN : values.get(i);
        }
        return array;
    }

    /** The accuracy measures used to rank methods in a comparison: MASE, then sMAPE. */
    static double rankKey(AccuracyMetrics metrics) {
        return metrics.mase() != null ? metrics.mase() : metrics.smape() == null ? Double.MAX_VALUE : 1e6 + metrics.smape();
    }
}
