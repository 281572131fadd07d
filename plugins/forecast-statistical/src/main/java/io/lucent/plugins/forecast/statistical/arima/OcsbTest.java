package io.lucent.plugins.forecast.statistical.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The Osborn-Chui-Smith-Birchenhall test for a seasonal unit root, as R's {@code forecast::ocsb.test(x,
 * maxlag = 3, lag.method = "AIC")} computes it: the doubly differenced series is regressed on its own lags
 * (the number chosen by AIC, with R's convention of using one lag fewer than the best fit), that
 * autoregression filters the seasonally and the ordinarily differenced series, and the t-statistic of the
 * second is compared with the critical value fitted to simulations by R's {@code calcOCSBCritVal}. A
 * statistic above the critical value calls for a seasonal difference.
 */
final class OcsbTest {

    private static final int MAX_LAG = 3;

    private OcsbTest() {
    }

    /**
     * The test statistic.
     *
     * @param x      the series
     * @param period the seasonal period, at least 2
     * @return the t-statistic, NaN if the regression cannot be fitted
     */
    static double statistic(double[] x, int period) {
        double best = Double.POSITIVE_INFINITY;
        int bestLag = 1;
        for (int lag = 1; lag <= MAX_LAG; lag++) {
            double[] fit = regression(x, period, lag, MAX_LAG);
            if (fit != null && fit[1] < best) {
                best = fit[1];
                bestLag = lag;
            }
        }
        int lag = bestLag - 1;
        double[] fit = regression(x, period, lag, lag);
        return fit == null ? Double.NaN : fit[0];
    }

    /**
     * R's critical value at 5% for a period.
     *
     * @param period the seasonal period
     * @return the critical value
     */
    static double criticalValue(int period) {
        double l = Math.log(period) - 0.7656451;
        return -0.2937411 * Math.exp(-0.2850853 * l - 0.05983644 * l * l) - 1.652202;
    }

    /**
     * Whether the test calls for a seasonal difference.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return true if the statistic exceeds the critical value
     */
    static boolean needsSeasonalDifference(double[] x, int period) {
        double stat = statistic(x, period);
        return !Double.isNaN(stat) && stat > criticalValue(period);
    }

    /**
     * Fits the OCSB regression with {@code lag} autoregressive terms on the sample that {@code maxLag} lags
     * leave (times are 0-based indices of x).
     *
     * @return the t-statistic of the seasonal term and the regression's AIC, or null if it cannot be fitted
     */
    private static double[] regression(double[] x, int m, int lag, int maxLag) {
        int n = x.length;
        // y_t = (1 - B)(1 - B^m) x_t for t >= m + 1
        int first = m + 1 + maxLag;
        int rows = n - first;
        int cols = lag + 2;
        if (rows <= cols) {
            return null;
        }
        double[] ar = new double[lag];
        if (lag > 0) {
            double[][] design = new double[rows][lag];
            double[] target = new double[rows];
            for (int r = 0; r < rows; r++) {
                int t = first + r;
                target[r] = dd(x, m, t);
                for (int k = 1; k <= lag; k++) {
                    design[r][k - 1] = dd(x, m, t - k);
                }
            }
            double[] beta = leastSquares(design, target, null);
            if (beta == null) {
                return null;
            }
            System.arraycopy(beta, 0, ar, 0, lag);
        }
        double[][] design = new double[rows][cols];
        double[] target = new double[rows];
        for (int r = 0; r < rows; r++) {
            int t = first + r;
            target[r] = dd(x, m, t);
            for (int k = 1; k <= lag; k++) {
                design[r][k - 1] = dd(x, m, t - k);
            }
            // Z4 at t - 1: seasonal difference filtered by the autoregression
            int s = t - 1;
            double z4 = x[s] - x[s - m];
            for (int k = 1; k <= lag; k++) {
                z4 -= ar[k - 1] * (x[s - k] - x[s - k - m]);
            }
            // Z5 at t - m: first difference filtered by the autoregression
            int u = t - m;
            double z5 = x[u] - x[u - 1];
            for (int k = 1; k <= lag; k++) {
                z5 -= ar[k - 1] * (x[u - k] - x[u - k - 1]);
            }
            design[r][lag] = z4;
            design[r][lag + 1] = z5;
        }
        double[] stats = new double[2];
        double[] beta = leastSquares(design, target, stats);
        if (beta == null) {
            return null;
        }
        return stats;
    }

    private static double dd(double[] x, int m, int t) {
        return x[t] - x[t - 1] - x[t - m] + x[t - m - 1];
    }

    /**
     * Least squares without intercept. When {@code stats} is given it receives the t-statistic of the last
     * coefficient and the AIC of the fit as R's {@code AIC(lm)} computes it.
     *
     * @return the coefficients, or null if the design is singular
     */
    private static double[] leastSquares(double[][] design, double[] y, double[] stats) {
        int rows = y.length;
        int cols = design[0].length;
        double[][] xtx = new double[cols][cols];
        double[] xty = new double[cols];
        for (int r = 0; r < rows; r++) {
            double[] row = design[r];
            for (int i = 0; i < cols; i++) {
                xty[i] += row[i] * y[r];
                for (int j = 0; j < cols; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
            }
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(xtx, false));
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        RealMatrix inv = lu.getSolver().getInverse();
        double[] beta = inv.operate(xty);
        if (stats != null) {
            double rss = 0;
            for (int r = 0; r < rows; r++) {
                double fit = 0;
                for (int i = 0; i < cols; i++) {
                    fit += design[r][i] * beta[i];
                }
                rss += (y[r] - fit) * (y[r] - fit);
            }
            double s2 = rss / (rows - cols);
            double se = Math.sqrt(s2 * inv.getEntry(cols - 1, cols - 1));
            stats[0] = beta[cols - 1] / se;
            double logLik = 0.5 * (-rows * (Math.log(2 * Math.PI) + 1 - Math.log(rows) + Math.log(rss)));
            stats[1] = -2 * logLik + 2 * (cols + 1);
        }
        return beta;
    }
}
