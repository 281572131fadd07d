package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.ClassicalDecomposition;
import io.lucent.plugins.forecast.statistical.math.LinearTrend;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Heuristic starting states, as R's {@code initstate()} (forecast 8.20): seasonal indices from a classical
 * decomposition of the whole series (or a one-harmonic Fourier regression when it has fewer than three
 * cycles), then level and trend
 * from a straight line through the first {@code max(10, 2m)} seasonally adjusted values.
 */
final class EtsInitialState {

    private EtsInitialState() {
    }

    /**
     * Starting states in R's order: level, trend (if any), then the m-1 free seasonal states
     * {@code s0 .. s(m-2)}, s0 being the most recent.
     *
     * @param y      the data, at least 4 values for seasonal models
     * @param m      the period (ignored without season)
     * @param spec   the model
     * @return the starting states
     */
    static double[] of(double[] y, int m, EtsSpec spec) {
        int n = y.length;
        double[] adjusted = y;
        double[] initSeason = new double[0];
        int period = 1;
        if (spec.seasonal()) {
            period = m;
            boolean mult = spec.season() == EtsSpec.Season.MULTIPLICATIVE;
            double[] seasonal = n < 3 * m ? fourierSeasonal(y, m, mult) : decomposeSeasonal(y, m, mult);
            initSeason = new double[m - 1];
            for (int j = 0; j < m - 1; j++) {
                initSeason[j] = seasonal[m - 1 - j];
            }
            adjusted = new double[Math.min(n, seasonal.length)];
            if (mult) {
                double sum = 0;
                for (int j = 0; j < m - 1; j++) {
                    initSeason[j] = Math.max(initSeason[j], 1e-2);
                    sum += initSeason[j];
                }
                if (sum > m) {
                    double div = sum + 1e-2 * (m - 1);
                    for (int j = 0; j < m - 1; j++) {
                        initSeason[j] /= div;
                    }
                }
                for (int i = 0; i < adjusted.length; i++) {
                    adjusted[i] = y[i] / Math.max(seasonal[i], 1e-2);
                }
            } else {
                for (int i = 0; i < adjusted.length; i++) {
                    adjusted[i] = y[i] - seasonal[i];
                }
            }
        }
        int maxn = Math.min(Math.max(10, 2 * period), adjusted.length);
        double[] out = new double[1 + (spec.hasTrend() ? 1 : 0) + initSeason.length];
        int k = 0;
        if (!spec.hasTrend()) {
            double mean = 0;
            for (int i = 0; i < maxn; i++) {
                mean += adjusted[i];
            }
            out[k++] = mean / maxn;
        } else {
            LinearTrend line = LinearTrend.fit(adjusted, maxn, 1);
            double l0 = line.intercept();
            double b0 = line.slope();
            if (Math.abs(l0 + b0) < 1e-8) {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }
            out[k++] = l0;
            out[k++] = b0;
        }
        System.arraycopy(initSeason, 0, out, k, initSeason.length);
        return out;
    }

    private static double[] decomposeSeasonal(double[] y, int m, boolean mult) {
        double[] figure = ClassicalDecomposition.seasonalFigure(y, m, mult);
        double[] seasonal = new double[y.length];
        for (int i = 0; i < seasonal.length; i++) {
            seasonal[i] = figure[i % m];
        }
        return seasonal;
    }

    /** Regression on a linear trend and one pair of harmonics; the seasonal part is what the trend leaves. */
    private static double[] fourierSeasonal(double[] y, int m, boolean mult) {
        int n = y.length;
        boolean withSine = m != 2;
        int cols = withSine ? 4 : 3;
        double[][] x = new double[n][cols];
        for (int i = 0; i < n; i++) {
            double t = i + 1;
            double angle = 2 * Math.PI * t / m;
            x[i][0] = 1;
            x[i][1] = t;
            int c = 2;
            if (withSine) {
                x[i][c++] = Math.sin(angle);
            }
            x[i][c] = Math.cos(angle);
        }
        double a;
        double b;
        try {
            RealVector beta = new QRDecomposition(new Array2DRowRealMatrix(x, false)).getSolver()
                    .solve(new ArrayRealVector(y, false));
            a = beta.getEntry(0);
            b = beta.getEntry(1);
        } catch (RuntimeException singular) {
            LinearTrend line = LinearTrend.fit(y, n, 1);
            a = line.intercept();
            b = line.slope();
        }
        double[] seasonal = new double[n];
        for (int i = 0; i < n; i++) {
            double trend = a + b * (i + 1);
            seasonal[i] = mult ? y[i] / trend : y[i] - trend;
        }
        return seasonal;
    }
}
