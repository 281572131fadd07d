package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.timeseries.stl.StlParameters;
import io.lucent.timeseries.stl.StlResult;
import org.junit.jupiter.api.Test;

/**
 * Characterisation, temporary: the plugin's own STL (R's defaults with jumps) against the shared library on many
 * series and the seasonal windows its callers use (11 for the seasonal strength, 10 n + 1 for bagging).
 */
class StlCharacterisationTest {

    @Test
    void theLibraryGivesThePluginsNumbersExactly() {
        double worstAbsolute = 0;
        int compared = 0;
        for (Case c : cases()) {
            int n = c.y().length;
            if (n < 2 * c.period()) {
                continue;
            }
            for (int window : new int[] {7, 11, 13, 10 * n + 1}) {
                Stl old = Stl.decompose(c.y(), c.period(), window);
                StlResult now = io.lucent.timeseries.stl.Stl.decompose(c.y(), StlParameters.of(c.period(), window));
                double[] oldRemainder = new double[n];
                for (int i = 0; i < n; i++) {
                    oldRemainder[i] = c.y()[i] - old.seasonal()[i] - old.trend()[i];
                }
                for (double[][] pair : new double[][][] {{old.seasonal(), now.seasonal()}, {old.trend(), now.trend()},
                        {oldRemainder, now.remainder()}}) {
                    worstAbsolute = Math.max(worstAbsolute, difference(pair[0], pair[1], c.y())[0]);
                    compared++;
                }
            }
        }
        System.out.printf("forecast-statistical STL vs library: %d component comparisons, max |diff| %.3e%n",
                compared, worstAbsolute);
        assertThat(worstAbsolute).isZero();
    }

    /** The characterisation series: name, period, values. */
    record Case(String name, int period, double[] y) {
    }

    static java.util.List<Case> cases() {
        java.util.List<Case> out = new java.util.ArrayList<>();
        double[] monthly = java.util.stream.IntStream.range(0, 48)
                .mapToDouble(t -> 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + ((t * 7) % 5) - 2).toArray();
        monthly[19] += 15;
        out.add(new Case("r-monthly-spike", 12, monthly));
        out.add(new Case("r-quarterly", 4, new double[] {5, 7, 3, 8, 6, 9, 4, 10, 7, 11, 6, 12, 8, 13, 9, 12, 10, 14, 9, 15}));
        double[] air = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140, 145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166, 171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194, 196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201, 204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229, 242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278, 284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306, 315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336, 340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337, 360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405, 417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432};
        out.add(new Case("log-air", 12, java.util.Arrays.stream(air).map(Math::log).toArray()));
        java.util.Random random = new java.util.Random(42);
        for (int period : new int[] {2, 4, 7, 12, 24, 52}) {
            for (int cycles : new int[] {2, 3, 5, 10}) {
                for (int extra : new int[] {0, 1, period / 2}) {
                    int n = cycles * period + extra;
                    double[] noise = new double[n];
                    double[] seasonal = new double[n];
                    double[] withOutliers = new double[n];
                    double phase = random.nextDouble() * 6;
                    for (int t = 0; t < n; t++) {
                        noise[t] = random.nextGaussian() * 10;
                        seasonal[t] = 50 + 0.3 * t + 8 * Math.sin(2 * Math.PI * t / period + phase) + random.nextGaussian();
                        withOutliers[t] = seasonal[t] + (random.nextDouble() < 0.05 ? 30 * random.nextGaussian() : 0);
                    }
                    out.add(new Case("random-p" + period + "-n" + n, period, noise));
                    out.add(new Case("seasonal-p" + period + "-n" + n, period, seasonal));
                    out.add(new Case("outliers-p" + period + "-n" + n, period, withOutliers));
                    double[] constant = new double[n];
                    java.util.Arrays.fill(constant, 3.25);
                    out.add(new Case("constant-p" + period + "-n" + n, period, constant));
                    double[] steps = new double[n];
                    for (int t = 0; t < n; t++) {
                        steps[t] = t % period == 0 ? 1 : 0;
                    }
                    out.add(new Case("pulse-p" + period + "-n" + n, period, steps));
                }
            }
        }
        return out;
    }

    /** The largest absolute difference, and the largest relative to the series' scale. */
    static double[] difference(double[] a, double[] b, double[] y) {
        double scale = 1e-300;
        for (double v : y) {
            scale = Math.max(scale, Math.abs(v));
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return new double[] {max, max / scale};
    }
}
