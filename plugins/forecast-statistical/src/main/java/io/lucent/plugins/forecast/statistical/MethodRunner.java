package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginContext;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.math.Interpolation;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a {@link SeriesModel} on a request with the robustness rules every method shares.
 *
 * <ul>
 *   <li>Missing values are interpolated linearly (leading and trailing gaps take the nearest value), with a
 *       note.</li>
 *   <li>Histories longer than the window cap are cut to their most recent part, with a note (ETS and the
 *       combinations use the last 1000 observations, or 336 for seasonal periods of 24 and more, as R users
 *       commonly do for speed).</li>
 *   <li>A constant series is forecast by its value with zero-width intervals, recorded as a fallback.</li>
 *   <li>When the model cannot be fitted, throws, or returns non-finite numbers, the naive forecast is used
 *       instead and the reason recorded with {@link ModelSummary#asFallback(String)}. Cancellation propagates.</li>
 * </ul>
 */
public final class MethodRunner {

    /** The window cap of the ETS-based methods and the combinations. */
    public static final int DEFAULT_WINDOW = 1000;

    /** The window cap for periods of 24 and more (two weeks of hourly data), as in R-based benchmarks. */
    public static final int LONG_PERIOD_WINDOW = 336;

    private final String methodId;
    private final int window;

    /**
     * A runner.
     *
     * @param methodId the id reported in results
     * @param window   the most recent observations to keep, at least 2
     */
    public MethodRunner(String methodId, int window) {
        this.methodId = methodId;
        this.window = window;
    }

    /**
     * Forecasts.
     *
     * @param request the request
     * @param context the call context
     * @param model   the model
     * @return the result
     * @throws PluginException of kind INVALID_INPUT if the series has no observed value
     */
    public ForecastResult run(ForecastRequest request, PluginContext context, SeriesModel model) {
        double[] original = request.series().values();
        List<String> notes = new ArrayList<>();
        int observed = 0;
        for (double v : original) {
            if (Double.isFinite(v)) {
                observed++;
            } else if (!Double.isNaN(v)) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT,
                        "series '" + request.series().id() + "' contains an infinite value");
            }
        }
        if (observed == 0) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "series '" + request.series().id() + "' has no observed values");
        }
        double[] y = original;
        if (observed < original.length) {
            y = Interpolation.linear(original);
            notes.add((original.length - observed) + " missing value(s) were filled by linear interpolation");
        }
        int period = request.series().seasonalPeriod();
        int cap = window == DEFAULT_WINDOW && period >= 24 ? LONG_PERIOD_WINDOW : window;
        int offset = 0;
        if (y.length > cap) {
            offset = y.length - cap;
            y = SeriesStats.tail(y, cap);
            notes.add("fitted on the last " + cap + " of " + original.length + " observations");
        }
        int horizon = request.horizon();
        List<Double> levels = request.levels();
        Runnable checkpoint = context::throwIfCancelled;
        context.throwIfCancelled();
        ModelOutput output;
        if (SeriesStats.isConstant(y)) {
            output = constant(y, horizon, levels);
        } else {
            output = fitOrFallBack(model, y, period, horizon, levels, checkpoint);
        }
        notes.addAll(output.notes());
        double[] fitted = new double[original.length];
        Arrays.fill(fitted, 0, offset, Double.NaN);
        System.arraycopy(output.fitted(), 0, fitted, offset, output.fitted().length);
        double[] residuals = new double[original.length];
        for (int t = 0; t < original.length; t++) {
            residuals[t] = original[t] - fitted[t];
        }
        return new ForecastResult(methodId, output.point(), nested(output.intervals()), fitted, residuals,
                output.summary(), notes);
    }

    private static ModelOutput fitOrFallBack(SeriesModel model, double[] y, int period, int horizon,
                                             List<Double> levels, Runnable checkpoint) {
        String reason;
        try {
            ModelOutput output = model.fit(y, period, horizon, levels, checkpoint);
            if (isUsable(output, horizon, levels.size(), y.length)) {
                return output;
            }
            reason = output.summary().model() + " produced non-finite forecasts";
        } catch (CancelledException e) {
            throw e;
        } catch (ModelNotApplicableException e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            reason = "the model failed (" + e + ")";
        }
        ModelOutput naive = NaiveModel.forecast(y, horizon, levels);
        return new ModelOutput(naive.point(), naive.intervals(), naive.fitted(),
                naive.summary().asFallback(reason), List.of("fell back to the naive method: " + reason));
    }

    private static boolean isUsable(ModelOutput output, int horizon, int levelCount, int n) {
        if (output.point().length != horizon || output.intervals().size() != levelCount
                || output.fitted().length != n) {
            return false;
        }
        for (double v : output.point()) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        for (PredictionInterval interval : output.intervals()) {
            for (int h = 0; h < horizon; h++) {
                if (!Double.isFinite(interval.lower()[h]) || !Double.isFinite(interval.upper()[h])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ModelOutput constant(double[] y, int horizon, List<Double> levels) {
        double value = y[y.length - 1];
        double[] point = new double[horizon];
        Arrays.fill(point, value);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            intervals.add(new PredictionInterval(level, point, point));
        }
        double[] fitted = new double[y.length];
        Arrays.fill(fitted, value);
        ModelSummary summary = ModelSummary.withoutLikelihood("Constant", List.of(), 0)
                .asFallback("the series is constant");
        return new ModelOutput(point, intervals, fitted, summary, List.of("the series is constant; its value is forecast"));
    }

    /** Widens intervals where needed so that a higher level is never narrower than a lower one. */
    private static List<PredictionInterval> nested(List<PredictionInterval> intervals) {
        List<PredictionInterval> out = new ArrayList<>(intervals.size());
        double[] lowerBound = null;
        double[] upperBound = null;
        for (PredictionInterval interval : intervals) {
            double[] lower = interval.lower();
            double[] upper = interval.upper();
            if (lowerBound != null) {
                for (int h = 0; h < lower.length; h++) {
                    lower[h] = Math.min(lower[h], lowerBound[h]);
                    upper[h] = Math.max(upper[h], upperBound[h]);
                }
            }
            out.add(new PredictionInterval(interval.level(), lower, upper));
            lowerBound = lower;
            upperBound = upper;
        }
        return out;
    }
}
