package io.lucent.plugins.forecast.statistical;

import io.lucent.plugins.forecast.statistical.math.BoxCox;
import io.lucent.plugins.forecast.statistical.math.LocalLinearSmoother;
import io.lucent.plugins.forecast.statistical.math.MovingBlockBootstrap;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import io.lucent.timeseries.stl.Stl;
import io.lucent.timeseries.stl.StlParameters;
import io.lucent.timeseries.stl.StlResult;
import java.util.random.RandomGenerator;

/**
 * Bootstrapped versions of a series as in Bergmeir, Hyndman and Benítez (2016) and R's
 * {@code bld.mbb.bootstrap}: Box-Cox transformation with Guerrero's λ in [0, 1] (positive series only, otherwise
 * none), decomposition into trend, season and remainder (periodic STL for series longer than two periods,
 * otherwise a loess trend over six neighbours), moving block bootstrap of the remainder (blocks of two periods,
 * or of 8 observations for non-seasonal series), recomposition and back-transformation.
 */
final class BootstrapSeries {

    private final double[] base;
    private final double[] remainder;
    private final double lambda;
    private final boolean transformed;
    private final int blockSize;

    private BootstrapSeries(double[] base, double[] remainder, double lambda, boolean transformed, int blockSize) {
        this.base = base;
        this.remainder = remainder;
        this.lambda = lambda;
        this.transformed = transformed;
        this.blockSize = blockSize;
    }

    /**
     * Decomposes a series for bootstrapping.
     *
     * @param y      the series, at least 4 observations
     * @param period the seasonal period
     * @return the decomposition
     */
    static BootstrapSeries of(double[] y, int period) {
        int n = y.length;
        int m = n > 2 * period ? period : 1;
        boolean positive = SeriesStats.allPositive(y) && min(y) > 1e-6 && n >= 2 * Math.max(2, m);
        double lambda = positive ? BoxCox.guerreroLambda(y, m, 0, 1) : 1;
        double[] z = positive ? BoxCox.transform(y, lambda) : y.clone();
        double[] base = new double[n];
        if (m > 1) {
            StlResult stl = Stl.decompose(z, StlParameters.of(m, 10 * n + 1));
            double[] seasonal = periodicMeans(stl.seasonal(), m);
            double[] trend = stl.trend();
            for (int t = 0; t < n; t++) {
                base[t] = trend[t] + seasonal[t];
            }
        } else {
            base = LocalLinearSmoother.smooth(z, 6);
        }
        double[] remainder = new double[n];
        for (int t = 0; t < n; t++) {
            remainder[t] = z[t] - base[t];
        }
        int block = m > 1 ? 2 * m : Math.min(8, n / 2);
        return new BootstrapSeries(base, remainder, lambda, positive, block);
    }

    /** The Box-Cox λ used (1 when the series was not transformed). */
    double lambda() {
        return lambda;
    }

    /**
     * One bootstrapped series.
     *
     * @param random the random source
     * @return a series of the original length
     */
    double[] sample(RandomGenerator random) {
        double[] r = MovingBlockBootstrap.sample(remainder, blockSize, random);
        double[] z = new double[base.length];
        for (int t = 0; t < z.length; t++) {
            z[t] = base[t] + r[t];
        }
        return transformed ? BoxCox.inverse(z, lambda) : z;
    }

    private static double[] periodicMeans(double[] seasonal, int m) {
        double[] sum = new double[m];
        int[] count = new int[m];
        for (int t = 0; t < seasonal.length; t++) {
            sum[t % m] += seasonal[t];
            count[t % m]++;
        }
        double[] out = new double[seasonal.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = sum[t % m] / count[t % m];
        }
        return out;
    }

    private static double min(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
        }
        return min;
    }
}
