package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsFitter;
import io.lucent.plugins.forecast.statistical.ets.EtsForecaster;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsSpec;
import io.lucent.plugins.forecast.statistical.math.Intervals;
import io.lucent.plugins.forecast.statistical.math.SeasonalAdjustment;
import java.util.List;

/**
 * SES, Holt and damped Holt: the ETS models ANN, AAN and AAdN fitted by maximum likelihood, as R's
 * {@code ses()}, {@code holt()} and {@code holt(damped = TRUE)}. With seasonal adjustment on (the default of
 * the {@code ses}, {@code holt} and {@code damped} methods) the model is fitted to the series divided by its
 * classical multiplicative seasonal indices when the M4 90% seasonality test finds seasonality, and forecasts
 * and interval bounds are multiplied back, exactly as the M4 benchmarks define these methods. On non-seasonal
 * series both variants are R's functions.
 *
 * @param spec     ANN, AAN or AAdN
 * @param adjust   whether to seasonally adjust first
 * @param fixed    fixed smoothing parameters (NaN = estimate)
 */
public record SmoothingModel(EtsSpec spec, boolean adjust, EtsParameters fixed) implements SeriesModel {

    /** SES. */
    public static final EtsSpec SES = EtsSpec.parse("ANN");
    /** Holt's linear trend. */
    public static final EtsSpec HOLT = EtsSpec.parse("AAN");
    /** Damped trend. */
    public static final EtsSpec DAMPED = EtsSpec.parse("AAdN");

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        SeasonalAdjustment adjustment = adjust ? SeasonalAdjustment.m4(y, period) : SeasonalAdjustment.none(y);
        EtsFit fit = new EtsFitter().fit(adjustment.adjusted(), period, spec, fixed, checkpoint)
                .orElseThrow(() -> new ModelNotApplicableException(spec + " needs more observations than "
                        + y.length));
        return output(fit, adjustment, y.length, horizon, levels);
    }

    /**
     * Forecasts of a fit on seasonally adjusted data, put back on the original scale.
     *
     * @param fit        the fit on the adjusted data
     * @param adjustment the adjustment
     * @param n          the number of observations
     * @param horizon    the number of steps
     * @param levels     interval levels
     * @return the output
     */
    static ModelOutput output(EtsFit fit, SeasonalAdjustment adjustment, int n, int horizon, List<Double> levels) {
        double[] point = EtsForecaster.point(fit, horizon);
        List<PredictionInterval> intervals = EtsForecaster.intervals(fit, point, levels);
        double[] factors = adjustment.reseasonalize(ones(horizon), n);
        double[] fitted = adjustment.reseasonalize(fit.fitted(), 0);
        String prefix = adjustment.seasonal() ? "seasonally adjusted " : "";
        return ModelOutput.of(adjustment.reseasonalize(point, n), Intervals.scale(intervals, factors), fitted,
                EtsSummaries.of(fit, prefix));
    }

    private static double[] ones(int k) {
        double[] out = new double[k];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }
}
