package io.lucent.plugins.forecast.statistical.math;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds prediction intervals from standard errors or from simulated sample paths. */
public final class Intervals {

    private Intervals() {
    }

    /**
     * Symmetric normal intervals {@code point +- z * se}.
     *
     * @param point  the point forecasts
     * @param se     the forecast standard errors, one per step
     * @param levels the levels in percent, ascending
     * @return one interval per level
     */
    public static List<PredictionInterval> normal(double[] point, double[] se, List<Double> levels) {
        List<PredictionInterval> out = new ArrayList<>(levels.size());
        for (double level : levels) {
            double z = Normal.centralMultiplier(level);
            double[] lower = new double[point.length];
            double[] upper = new double[point.length];
            for (int h = 0; h < point.length; h++) {
                double half = z * (Double.isFinite(se[h]) ? se[h] : 0);
                lower[h] = point[h] - half;
                upper[h] = point[h] + half;
            }
            out.add(new PredictionInterval(level, lower, upper));
        }
        return out;
    }

    /**
     * Empirical central intervals from simulated values (R's default type-7 quantiles).
     *
     * @param samples {@code samples[h]} holds the simulated values at step h+1; reordered in place (the order
     *                statistics the quantiles need are put in their sorted places, see {@link OrderStatistics})
     * @param levels  the levels in percent, ascending
     * @return one interval per level
     */
    public static List<PredictionInterval> empirical(double[][] samples, List<Double> levels) {
        double[] tails = new double[2 * levels.size()];
        for (int l = 0; l < levels.size(); l++) {
            double tail = (1 - levels.get(l) / 100.0) / 2;
            tails[2 * l] = tail;
            tails[2 * l + 1] = 1 - tail;
        }
        for (double[] s : samples) {
            int[] indices = new int[2 * tails.length];
            for (int t = 0; t < tails.length; t++) {
                int below = (int) Math.floor(tails[t] * (s.length - 1));
                indices[2 * t] = below;
                indices[2 * t + 1] = Math.min(below + 1, s.length - 1);
            }
            OrderStatistics.place(s, indices);
        }
        List<PredictionInterval> out = new ArrayList<>(levels.size());
        for (int l = 0; l < levels.size(); l++) {
            double[] lower = new double[samples.length];
            double[] upper = new double[samples.length];
            for (int h = 0; h < samples.length; h++) {
                lower[h] = quantileSorted(samples[h], tails[2 * l]);
                upper[h] = quantileSorted(samples[h], tails[2 * l + 1]);
            }
            out.add(new PredictionInterval(levels.get(l), lower, upper));
        }
        return out;
    }

    /**
     * The type-7 quantile of sorted values (it reads only the two order statistics around the quantile, so those
     * two being in their sorted places is enough).
     *
     * @param sorted ascending values, not empty
     * @param p      the probability
     * @return the quantile
     */
    public static double quantileSorted(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double w = position - below;
        return sorted[below] * (1 - w) + sorted[above] * w;
    }

    /**
     * Multiplies every bound by a per-step factor (for example seasonal indices).
     *
     * @param intervals the intervals
     * @param factor    positive factors, one per step
     * @return scaled intervals
     */
    public static List<PredictionInterval> scale(List<PredictionInterval> intervals, double[] factor) {
        List<PredictionInterval> out = new ArrayList<>(intervals.size());
        for (PredictionInterval interval : intervals) {
            double[] lower = interval.lower();
            double[] upper = interval.upper();
            for (int h = 0; h < lower.length; h++) {
                lower[h] *= factor[h];
                upper[h] *= factor[h];
            }
            out.add(new PredictionInterval(interval.level(), lower, upper));
        }
        return out;
    }
}
