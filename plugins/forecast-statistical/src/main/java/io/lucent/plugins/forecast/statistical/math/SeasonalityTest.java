package io.lucent.plugins.forecast.statistical.math;

/**
 * The 90% autocorrelation test for seasonality used by the M4 benchmarks and by R's {@code thetaf}: a series
 * of period m is seasonal when {@code |r_m| > 1.645 * sqrt((1 + 2 * sum_{k<m} r_k^2) / n)}.
 *
 * <p>The two users differ only in the minimum length: the M4 code asks for {@code n >= 3m}, {@code thetaf} for
 * {@code n > 2m}.
 */
public final class SeasonalityTest {

    /** The one-sided 95% normal quantile the test compares with (a 90% two-sided test). */
    private static final double CRITICAL = 1.6448536269514722;

    private SeasonalityTest() {
    }

    /**
     * The M4 benchmark rule: at least three full cycles and a significant autocorrelation at lag m.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return true if the series is judged seasonal
     */
    public static boolean m4(double[] x, int period) {
        return period > 1 && x.length >= 3 * period && significant(x, period);
    }

    /**
     * The rule of R's {@code thetaf}: more than two full cycles, not constant, and a significant autocorrelation
     * at lag m.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return true if the series is judged seasonal
     */
    public static boolean theta(double[] x, int period) {
        return period > 1 && x.length > 2 * period && !SeriesStats.isConstant(x) && significant(x, period);
    }

    private static boolean significant(double[] x, int period) {
        double[] r = Acf.of(x, period);
        double sum = 1;
        for (int k = 0; k < period - 1; k++) {
            sum += 2 * r[k] * r[k];
        }
        double limit = CRITICAL * Math.sqrt(sum / x.length);
        return Math.abs(r[period - 1]) > limit;
    }
}
