package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import io.lucent.plugins.forecast.statistical.math.TemporalHierarchy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Forecasting with temporal hierarchies (THieF, Athanasopoulos et al. 2017) for seasonal series: the base model
 * forecasts the series aggregated at every level that divides the period (for monthly data: months, two
 * months, quarters, four months, half years, years), and the forecasts are reconciled structurally (see
 * {@link TemporalHierarchy}). The coarse levels see the trend with less noise; the fine ones keep the season.
 *
 * <p>Uses the most recent whole cycles. Intervals are the base model's intervals at the original frequency,
 * shifted by the difference between the reconciled and that model's point forecasts; fitted values are the
 * base model's at the original frequency. Not applicable to non-seasonal series, periods above 24 or fewer than
 * two whole cycles; a level whose model cannot be fitted is left out of the reconciliation (not level 1).
 *
 * @param base the model fitted at every level (called with the level's period, 1 at the top)
 */
public record ThiefModel(SeriesModel base) implements SeriesModel {

    /** The longest period handled (as seasonal ETS). */
    static final int MAX_PERIOD = 24;

    /**
     * Whether the model applies to a series.
     *
     * @param period the seasonal period
     * @param n      the number of observations
     * @return true for periods 2 to 24 with at least two whole cycles
     */
    static boolean applies(int period, int n) {
        return period >= 2 && period <= MAX_PERIOD && n >= 2 * period;
    }

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        if (!applies(period, y.length)) {
            throw new ModelNotApplicableException("temporal hierarchies need a period of 2 to " + MAX_PERIOD
                    + " and at least two whole cycles");
        }
        TemporalHierarchy hierarchy = new TemporalHierarchy(period);
        int used = hierarchy.usableLength(y.length);
        int cycles = (horizon + period - 1) / period;
        int[] ks = hierarchy.levels();
        List<double[]> forecasts = new ArrayList<>();
        ModelOutput bottom = null;
        List<String> left = new ArrayList<>();
        for (int k : ks) {
            checkpoint.run();
            double[] aggregated = hierarchy.aggregate(y, k);
            int steps = cycles * (period / k);
            double[] f;
            try {
                if (SeriesStats.isConstant(aggregated)) {
                    f = new double[steps];
                    Arrays.fill(f, aggregated[aggregated.length - 1]);
                    if (k == 1) {
                        throw new ModelNotApplicableException("the whole cycles of the series are constant");
                    }
                } else {
                    ModelOutput out = base.fit(aggregated, period / k, k == 1 ? Math.max(steps, horizon) : steps,
                            levels, checkpoint);
                    if (k == 1) {
                        bottom = out;
                    }
                    f = out.point();
                }
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                if (k == 1) {
                    throw new ModelNotApplicableException("the base model failed on the series: " + e.getMessage());
                }
                left.add(Integer.toString(k));
                f = null;
            }
            forecasts.add(f != null && allFinite(f) ? f : null);
            if (k == 1 && forecasts.get(0) == null) {
                throw new ModelNotApplicableException("the base model gave non-finite forecasts");
            }
        }
        double[] point = Arrays.copyOf(hierarchy.reconcile(forecasts, cycles), horizon);
        List<PredictionInterval> intervals = new ArrayList<>();
        for (PredictionInterval interval : bottom.intervals()) {
            double[] lower = new double[horizon];
            double[] upper = new double[horizon];
            for (int h = 0; h < horizon; h++) {
                double shift = point[h] - bottom.point()[h];
                lower[h] = interval.lower()[h] + shift;
                upper[h] = interval.upper()[h] + shift;
            }
            intervals.add(new PredictionInterval(interval.level(), lower, upper));
        }
        double[] fitted = new double[y.length];
        Arrays.fill(fitted, Double.NaN);
        System.arraycopy(bottom.fitted(), 0, fitted, y.length - used, used);
        double sse = 0;
        int count = 0;
        for (int t = y.length - used; t < y.length; t++) {
            if (Double.isFinite(fitted[t])) {
                sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
                count++;
            }
        }
        List<ModelParameter> params = List.of(ModelParameter.of("levels", ks.length - left.size()),
                ModelParameter.of("observations used", used));
        List<String> notes = left.isEmpty() ? List.of()
                : List.of("temporal hierarchy: levels " + String.join(", ", left) + " left out (no model)");
        ModelSummary summary = ModelSummary.withoutLikelihood("THieF(" + bottom.summary().model() + ")", params,
                count == 0 ? Double.NaN : sse / count);
        return new ModelOutput(point, intervals, fitted, summary, notes);
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
