package io.lucent.plugins.forecast.statistical.arima;

/**
 * Chooses the differencing orders the way R's {@code forecast} package does: seasonal differences by the
 * seasonal-strength heuristic ({@code nsdiffs(test = "seas")}, at most one), then ordinary differences by
 * repeated KPSS tests at the 5% level ({@code ndiffs(test = "kpss")}, at most two).
 */
final class DifferencingSelector {

    private static final double ALPHA = 0.05;
    private static final double CONSTANT_TOLERANCE = 1.5e-8;

    private DifferencingSelector() {
    }

    /**
     * Whether a series is constant in the sense of R's {@code all.equal}: the mean absolute deviation from the
     * first value is at most 1.5e-8 relative to the mean absolute value (absolute when that is tiny).
     *
     * @param x the series
     * @return true if constant
     */
    static boolean isConstant(double[] x) {
        if (x.length == 0) {
            return true;
        }
        double diff = 0;
        double level = 0;
        for (double v : x) {
            diff += Math.abs(v - x[0]);
            level += Math.abs(v);
        }
        diff /= x.length;
        level /= x.length;
        if (Double.isFinite(level) && level > CONSTANT_TOLERANCE) {
            diff /= level;
        }
        return diff <= CONSTANT_TOLERANCE;
    }

    /**
     * The number of seasonal differences by the seasonal-strength heuristic, 0 or 1.
     *
     * @param x      the series
     * @param period the period, at least 2
     * @return D
     */
    static int seasonalDifferences(double[] x, int period) {
        return seasonalDifferences(x, period, SeasonalTest.SEASONAL_STRENGTH);
    }

    /**
     * The number of seasonal differences, 0 or 1.
     *
     * @param x      the series
     * @param period the period, at least 2
     * @param test   the test deciding it
     * @return D
     */
    static int seasonalDifferences(double[] x, int period, SeasonalTest test) {
        if (isConstant(x) || period >= x.length || x.length <= 2 * period) {
            return 0;
        }
        boolean seasonal = test == SeasonalTest.OCSB
                ? OcsbTest.needsSeasonalDifference(x, period)
                : SeasonalStrength.of(x, period) > SeasonalStrength.THRESHOLD;
        if (seasonal) {
            return Differencing.diff(x, period, 1).length > 0 ? 1 : 0;
        }
        return 0;
    }

    /**
     * The number of ordinary differences, 0 to {@code maxD}.
     *
     * @param x    the (seasonally differenced) series
     * @param maxD the largest order allowed
     * @return d
     */
    static int differences(double[] x, int maxD) {
        int d = 0;
        double[] cur = x;
        if (isConstant(cur)) {
            return 0;
        }
        boolean again = needsDifference(cur);
        while (again && d < maxD) {
            d++;
            cur = Differencing.diff(cur, 1, 1);
            if (isConstant(cur)) {
                return d;
            }
            again = needsDifference(cur);
        }
        return d;
    }

    private static boolean needsDifference(double[] x) {
        if (x.length < 2) {
            return false;
        }
        double p = KpssTest.pValue(KpssTest.statistic(x));
        return !Double.isNaN(p) && p < ALPHA;
    }
}
