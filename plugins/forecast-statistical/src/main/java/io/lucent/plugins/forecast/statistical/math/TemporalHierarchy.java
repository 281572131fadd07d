package io.lucent.plugins.forecast.statistical.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;

/**
 * The temporal hierarchy of a seasonal series (Athanasopoulos, Hyndman, Kourentzes and Petropoulos 2017,
 * "Forecasting with temporal hierarchies"): for every aggregation level k that divides the period m, the series
 * of non-overlapping sums of k consecutive observations; and the structural reconciliation that turns forecasts
 * made at every level into one coherent set of forecasts at the original frequency, by weighted least squares
 * with variances proportional to k (the number of original periods a value covers).
 *
 * <p>Aggregation starts at the first observation of the most recent whole cycles, so that every aggregated
 * value covers whole sub-periods of a cycle.
 */
public final class TemporalHierarchy {

    private final int period;
    private final int[] levels;
    private final DecompositionSolver solver;

    /**
     * The hierarchy for a period.
     *
     * @param period the seasonal period, at least 2
     */
    public TemporalHierarchy(int period) {
        if (period < 2) {
            throw new IllegalArgumentException("a temporal hierarchy needs a period of at least 2");
        }
        this.period = period;
        List<Integer> ks = new ArrayList<>();
        for (int k = 1; k <= period; k++) {
            if (period % k == 0) {
                ks.add(k);
            }
        }
        this.levels = ks.stream().mapToInt(Integer::intValue).toArray();
        boolean[] all = new boolean[levels.length];
        java.util.Arrays.fill(all, true);
        this.solver = solverFor(all);
    }

    /**
     * The aggregation levels, ascending: the divisors of the period, 1 and the period included.
     *
     * @return the levels
     */
    public int[] levels() {
        return levels.clone();
    }

    /**
     * The number of most recent observations the hierarchy uses: whole cycles only.
     *
     * @param n the length of the series
     * @return the largest multiple of the period not above n
     */
    public int usableLength(int n) {
        return n - n % period;
    }

    /**
     * The series aggregated at level k: sums of k consecutive values of the last whole cycles.
     *
     * @param y the series
     * @param k a level
     * @return the aggregated series, of length usableLength / k
     */
    public double[] aggregate(double[] y, int k) {
        int used = usableLength(y.length);
        int offset = y.length - used;
        double[] out = new double[used / k];
        for (int i = 0; i < out.length; i++) {
            double s = 0;
            for (int j = 0; j < k; j++) {
                s += y[offset + i * k + j];
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * Reconciled forecasts at the original frequency.
     *
     * @param forecasts per level (in the order of {@link #levels()}), forecasts of at least {@code cycles * m / k}
     *                  aggregated values; null for a level without forecasts, which is then left out of the
     *                  reconciliation (level 1 must be present)
     * @param cycles    the number of whole cycles to reconcile
     * @return {@code cycles * m} reconciled forecasts
     */
    public double[] reconcile(List<double[]> forecasts, int cycles) {
        if (forecasts.size() != levels.length || forecasts.get(0) == null) {
            throw new IllegalArgumentException("forecasts are needed for every level, at least for level 1");
        }
        boolean[] present = new boolean[levels.length];
        for (int l = 0; l < levels.length; l++) {
            present[l] = forecasts.get(l) != null;
        }
        DecompositionSolver s = forecasts.stream().allMatch(f -> f != null) ? solver : solverFor(present);
        double[] out = new double[cycles * period];
        for (int c = 0; c < cycles; c++) {
            double[] rhs = new double[period];
            for (int l = 0; l < levels.length; l++) {
                double[] f = forecasts.get(l);
                if (f == null) {
                    continue;
                }
                int k = levels[l];
                for (int j = 0; j < period / k; j++) {
                    double v = f[c * (period / k) + j] / k;
                    for (int a = j * k; a < (j + 1) * k; a++) {
                        rhs[a] += v;
                    }
                }
            }
            double[] b = s.solve(new ArrayRealVector(rhs, false)).toArray();
            System.arraycopy(b, 0, out, c * period, period);
        }
        return out;
    }

    /** The solver of the normal equations S' W^-1 S b = S' W^-1 f for the levels present, W = diag(k). */
    private DecompositionSolver solverFor(boolean[] present) {
        double[][] normal = new double[period][period];
        for (int l = 0; l < levels.length; l++) {
            if (!present[l]) {
                continue;
            }
            int k = levels[l];
            for (int j = 0; j < period / k; j++) {
                for (int a = j * k; a < (j + 1) * k; a++) {
                    for (int b = j * k; b < (j + 1) * k; b++) {
                        normal[a][b] += 1.0 / k;
                    }
                }
            }
        }
        return new CholeskyDecomposition(new Array2DRowRealMatrix(normal, false)).getSolver();
    }
}
