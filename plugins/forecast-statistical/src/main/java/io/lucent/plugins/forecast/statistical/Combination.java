package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Combines the outputs of several models fitted to the same series: point forecasts and fitted values by the
 * mean or the median across models; interval bounds either pooled the same way per level and step (a quantile
 * average) or as the envelope of the members' intervals (lowest lower bound, highest upper bound), which also
 * covers the disagreement between the models. Both keep intervals nested.
 */
final class Combination {

    /** How values are pooled across models. */
    enum Pool {
        /** The arithmetic mean. */
        MEAN,
        /** The median (the mean of the two middle values for an even count). */
        MEDIAN
    }

    /** How interval bounds are combined. */
    enum Bounds {
        /** Pooled like the point forecasts. */
        POOLED,
        /** The envelope: the widest interval any member gives. */
        ENVELOPE
    }

    private Combination() {
    }

    /**
     * The combined point forecasts, intervals and fitted values.
     *
     * @param members the member outputs, at least one, all with the same horizon and levels
     * @param pool    mean or median
     * @param bounds  how interval bounds are combined
     * @return point, intervals and fitted values (the summary is left to the caller)
     */
    static Combined of(List<ModelOutput> members, Pool pool, Bounds bounds) {
        int horizon = members.get(0).point().length;
        int n = members.get(0).fitted().length;
        double[] point = pool(members.stream().map(ModelOutput::point).toList(), horizon, pool);
        double[] fitted = pool(members.stream().map(ModelOutput::fitted).toList(), n, pool);
        List<PredictionInterval> intervals = new ArrayList<>();
        int levels = members.get(0).intervals().size();
        for (int k = 0; k < levels; k++) {
            final int level = k;
            List<double[]> lowers = members.stream().map(o -> o.intervals().get(level).lower()).toList();
            List<double[]> uppers = members.stream().map(o -> o.intervals().get(level).upper()).toList();
            double[] lower = bounds == Bounds.ENVELOPE ? extreme(lowers, horizon, -1) : pool(lowers, horizon, pool);
            double[] upper = bounds == Bounds.ENVELOPE ? extreme(uppers, horizon, 1) : pool(uppers, horizon, pool);
            for (int h = 0; h < horizon; h++) {
                lower[h] = Math.min(lower[h], point[h]);
                upper[h] = Math.max(upper[h], point[h]);
            }
            intervals.add(new PredictionInterval(members.get(0).intervals().get(k).level(), lower, upper));
        }
        return new Combined(point, intervals, fitted);
    }

    /**
     * Pooled values.
     *
     * @param point     the combined point forecasts
     * @param intervals the combined intervals
     * @param fitted    the combined fitted values
     */
    record Combined(double[] point, List<PredictionInterval> intervals, double[] fitted) {
    }

    private static double[] pool(List<double[]> series, int length, Pool pool) {
        double[] out = new double[length];
        double[] column = new double[series.size()];
        for (int i = 0; i < length; i++) {
            int count = 0;
            for (double[] s : series) {
                if (Double.isFinite(s[i])) {
                    column[count++] = s[i];
                }
            }
            out[i] = count == 0 ? Double.NaN : (pool == Pool.MEAN ? mean(column, count) : median(column, count));
        }
        return out;
    }

    /** Per step, the smallest (sign -1) or largest (sign 1) finite value. */
    private static double[] extreme(List<double[]> series, int length, int sign) {
        double[] out = new double[length];
        for (int i = 0; i < length; i++) {
            double best = Double.NaN;
            for (double[] s : series) {
                if (Double.isFinite(s[i]) && (Double.isNaN(best) || sign * s[i] > sign * best)) {
                    best = s[i];
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static double mean(double[] v, int count) {
        double s = 0;
        for (int i = 0; i < count; i++) {
            s += v[i];
        }
        return s / count;
    }

    private static double median(double[] v, int count) {
        double[] copy = Arrays.copyOf(v, count);
        Arrays.sort(copy);
        return count % 2 == 1 ? copy[count / 2] : 0.5 * (copy[count / 2 - 1] + copy[count / 2]);
    }
}
