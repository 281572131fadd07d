package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.CancelledException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Leaves clearly weak members out of a combination on long series. Each member is fitted again without the last
 * {@code min(horizon, n / 4)} observations and scored on them by sMAPE and MASE, each relative to the best
 * member's; a member whose mean relative error exceeds {@code maxRatio} is left out. Short series are not checked:
 * one holdout of a few points says little about them, and there the equal-weight mean is the more reliable choice.
 * A member that cannot be fitted on the shorter series is kept (there is no evidence against it), and at least
 * one member is always kept.
 *
 * @param minLength series at least this long are checked
 * @param maxRatio  the largest relative holdout error a member may have and stay
 */
public record HoldoutTrim(int minLength, double maxRatio) {

    /** No member is ever left out. */
    public static final HoldoutTrim NONE = new HoldoutTrim(Integer.MAX_VALUE, Double.POSITIVE_INFINITY);

    /**
     * The default of {@code auto}: series of 300 or more observations, members more than twice as wrong as the
     * best one left out (see the plugin's README for the measurements).
     */
    public static final HoldoutTrim DEFAULT = new HoldoutTrim(300, 2.0);

    /** A member that is left out, and why. */
    record Exclusion(int index, String reason) {
    }

    /**
     * Which of the members to leave out.
     *
     * @param members    the members that were fitted to the whole series
     * @param y          the series
     * @param period     the seasonal period
     * @param horizon    the forecast horizon
     * @param checkpoint called between fits
     * @return the indices into {@code members} to leave out, with the reason, in order
     */
    List<Exclusion> weakMembers(List<AutoModel.Member> members, double[] y, int period, int horizon,
                                Runnable checkpoint) {
        int n = y.length;
        int holdout = Math.min(horizon, n / 4);
        if (n < minLength || members.size() < 2 || holdout < 1) {
            return List.of();
        }
        double[] train = Arrays.copyOf(y, n - holdout);
        double[] actual = Arrays.copyOfRange(y, n - holdout, n);
        double scale = maseScale(train, period);
        double[] smape = new double[members.size()];
        double[] mase = new double[members.size()];
        double bestSmape = Double.POSITIVE_INFINITY;
        double bestMase = Double.POSITIVE_INFINITY;
        for (int i = 0; i < members.size(); i++) {
            checkpoint.run();
            smape[i] = Double.NaN;
            mase[i] = Double.NaN;
            AutoModel.Member member = members.get(i);
            if (!member.applies().test(period, train.length)) {
                continue;
            }
            try {
                ModelOutput output = member.model().fit(train, period, holdout, List.of(), checkpoint);
                if (output.summary().fallback().isPresent()) {
                    continue;
                }
                smape[i] = smape(actual, output.point());
                mase[i] = meanAbsoluteError(actual, output.point()) / scale;
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                continue;
            }
            if (Double.isFinite(smape[i]) && Double.isFinite(mase[i])) {
                bestSmape = Math.min(bestSmape, smape[i]);
                bestMase = Math.min(bestMase, mase[i]);
            }
        }
        if (!Double.isFinite(bestSmape)) {
            return List.of();
        }
        List<Exclusion> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            double ratio = 0.5 * (smape[i] / Math.max(bestSmape, 1e-9) + mase[i] / Math.max(bestMase, 1e-9));
            if (ratio > maxRatio) { // NaN (not scored) is kept
                out.add(new Exclusion(i, String.format(Locale.ROOT,
                        "its error on the last %d observations was %.1f times the best member's", holdout, ratio)));
            }
        }
        return out.size() == members.size() ? List.of() : List.copyOf(out);
    }

    private static double smape(double[] actual, double[] forecast) {
        double sum = 0;
        for (int h = 0; h < actual.length; h++) {
            double denominator = Math.abs(actual[h]) + Math.abs(forecast[h]);
            sum += denominator == 0 ? 0 : 200 * Math.abs(actual[h] - forecast[h]) / denominator;
        }
        return sum / actual.length;
    }

    private static double meanAbsoluteError(double[] actual, double[] forecast) {
        double sum = 0;
        for (int h = 0; h < actual.length; h++) {
            sum += Math.abs(actual[h] - forecast[h]);
        }
        return sum / actual.length;
    }

    /** The mean absolute seasonal difference of the training part (lag 1 when it is not longer than a period). */
    private static double maseScale(double[] train, int period) {
        int lag = train.length > period ? period : 1;
        double sum = 0;
        for (int t = lag; t < train.length; t++) {
            sum += Math.abs(train[t] - train[t - lag]);
        }
        double scale = sum / (train.length - lag);
        return scale > 0 && Double.isFinite(scale) ? scale : 1e-9;
    }
}
