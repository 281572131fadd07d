package io.lucent.plugins.forecast.statistical.ces;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * The state-space matrices of a CES form: state j enters the equations with its own lag, so that
 * {@code y_t = sum_j w_j x_j[t - lag_j] + e_t} and {@code x_i[t] = sum_j F_ij x_j[t - lag_j] + g_i e_t}. The
 * transition matrix is block diagonal by lag. A complex pair {@code (level, potential)} with parameter
 * {@code p0 + i p1} has the block {@code [[1, p1 - 1], [1, 1 - p0]]} and persistence {@code (p0 - p1, p0 + p1)}.
 *
 * @param lags        the lag of each state
 * @param measurement w
 * @param transition  F
 * @param persistence g
 */
public record CesSystem(int[] lags, double[] measurement, double[][] transition, double[] persistence) {

    private static final double STABILITY_TOLERANCE = 1e-10;

    /**
     * The matrices of a form.
     *
     * @param seasonality the form
     * @param period      the seasonal period m (ignored for NONE)
     * @param p           the parameters
     * @return the system
     */
    public static CesSystem of(CesSeasonality seasonality, int period, CesParameters p) {
        return switch (seasonality) {
            case NONE -> new CesSystem(new int[] {1, 1}, new double[] {1, 0}, pairBlock(p.a0(), p.a1()),
                    pairPersistence(p.a0(), p.a1()));
            case SIMPLE -> new CesSystem(new int[] {period, period}, new double[] {1, 0}, pairBlock(p.a0(), p.a1()),
                    pairPersistence(p.a0(), p.a1()));
            case PARTIAL -> {
                double[][] f = new double[3][3];
                copyBlock(pairBlock(p.a0(), p.a1()), f, 0);
                f[2][2] = 1;
                double[] g = pairPersistence(p.a0(), p.a1());
                yield new CesSystem(new int[] {1, 1, period}, new double[] {1, 0, 1}, f,
                        new double[] {g[0], g[1], p.b0()});
            }
            case FULL -> {
                double[][] f = new double[4][4];
                copyBlock(pairBlock(p.a0(), p.a1()), f, 0);
                copyBlock(pairBlock(p.b0(), p.b1()), f, 2);
                double[] ga = pairPersistence(p.a0(), p.a1());
                double[] gb = pairPersistence(p.b0(), p.b1());
                yield new CesSystem(new int[] {1, 1, period, period}, new double[] {1, 0, 1, 0}, f,
                        new double[] {ga[0], ga[1], gb[0], gb[1]});
            }
        };
    }

    /**
     * The number of states.
     *
     * @return k
     */
    public int states() {
        return lags.length;
    }

    /**
     * The largest lag.
     *
     * @return max lag
     */
    public int maxLag() {
        int max = 1;
        for (int lag : lags) {
            max = Math.max(max, lag);
        }
        return max;
    }

    /**
     * Whether the model forgets its initial states: every eigenvalue of the discount matrix {@code F - g w'},
     * taken without the lags as R's smooth package does, lies inside the closed unit circle (up to 1e-10, so that
     * the unit roots of the starting values with {@code a1 = 1} are allowed). For the non-seasonal and simple
     * forms this is exact (it is the published region of Svetunkov and Kourentzes); for the forms mixing lag 1
     * and lag m it is the cheap approximation smooth uses: on the dev sets the exact companion-form condition
     * was three times slower and not more accurate.
     *
     * @return true when stable
     */
    public boolean stable() {
        int k = states();
        double[][] d = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                d[i][j] = transition[i][j] - persistence[i] * measurement[j];
            }
        }
        return spectralRadius(d) <= 1 + STABILITY_TOLERANCE;
    }

    private static double spectralRadius(double[][] d) {
        if (d.length == 2) {
            double half = (d[0][0] + d[1][1]) / 2;
            double det = d[0][0] * d[1][1] - d[0][1] * d[1][0];
            double disc = half * half - det;
            if (disc < 0) {
                return Math.sqrt(det);
            }
            double root = Math.sqrt(disc);
            return Math.max(Math.abs(half + root), Math.abs(half - root));
        }
        for (double[] row : d) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return Double.POSITIVE_INFINITY;
                }
            }
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(d, false));
        double[] re = eigen.getRealEigenvalues();
        double[] im = eigen.getImagEigenvalues();
        double max = 0;
        for (int i = 0; i < re.length; i++) {
            max = Math.max(max, Math.hypot(re[i], im[i]));
        }
        return max;
    }

    private static double[][] pairBlock(double p0, double p1) {
        return new double[][] {{1, p1 - 1}, {1, 1 - p0}};
    }

    private static double[] pairPersistence(double p0, double p1) {
        return new double[] {p0 - p1, p0 + p1};
    }

    private static void copyBlock(double[][] block, double[][] into, int at) {
        for (int i = 0; i < 2; i++) {
            System.arraycopy(block[i], 0, into[at + i], at, 2);
        }
    }
}
