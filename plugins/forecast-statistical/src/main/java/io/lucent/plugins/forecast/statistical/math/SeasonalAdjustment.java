package io.lucent.plugins.forecast.statistical.math;

/**
 * A series divided by its multiplicative seasonal figure, and the figure to put the seasonality back.
 *
 * @param adjusted the seasonally adjusted values (the input when not seasonal)
 * @param figure   the m seasonal indices by position of the first value; all 1 when not seasonal
 * @param seasonal whether the series was adjusted
 */
public record SeasonalAdjustment(double[] adjusted, double[] figure, boolean seasonal) {

    /** Indices closer to zero than this make multiplicative adjustment meaningless; R's thetaf uses it too. */
    private static final double SMALLEST_INDEX = 1e-4;

    /**
     * No adjustment.
     *
     * @param x the series
     * @return the identity adjustment
     */
    public static SeasonalAdjustment none(double[] x) {
        return new SeasonalAdjustment(x.clone(), new double[] {1.0}, false);
    }

    /**
     * The M4 benchmark adjustment: classical multiplicative decomposition when the 90% test (n &gt;= 3m)
     * finds seasonality and every value is positive.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return the adjustment
     */
    public static SeasonalAdjustment m4(double[] x, int period) {
        return SeasonalityTest.m4(x, period) ? multiplicative(x, period) : none(x);
    }

    /**
     * The adjustment of R's {@code thetaf}: as {@link #m4} but with the test's n &gt; 2m rule.
     *
     * @param x      the series
     * @param period the seasonal period
     * @return the adjustment
     */
    public static SeasonalAdjustment theta(double[] x, int period) {
        return SeasonalityTest.theta(x, period) ? multiplicative(x, period) : none(x);
    }

    /**
     * Multiplicative classical adjustment, or none if the data are not all positive or an index is near zero.
     *
     * @param x      the series, at least two periods long
     * @param period the period
     * @return the adjustment
     */
    public static SeasonalAdjustment multiplicative(double[] x, int period) {
        if (period < 2 || x.length < 2 * period || !SeriesStats.allPositive(x)) {
            return none(x);
        }
        double[] figure = ClassicalDecomposition.seasonalFigure(x, period, true);
        for (double f : figure) {
            if (!(Math.abs(f) >= SMALLEST_INDEX) || !Double.isFinite(f)) {
                return none(x);
            }
        }
        double[] adjusted = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            adjusted[i] = x[i] / figure[i % period];
        }
        return new SeasonalAdjustment(adjusted, figure, true);
    }

    /**
     * The seasonal index at a zero-based time index (observations first, then the forecast steps).
     *
     * @param t the time index
     * @return the index, 1 when not seasonal
     */
    public double index(int t) {
        return figure[t % figure.length];
    }

    /**
     * Multiplies values that start at time index {@code start} by their seasonal indices.
     *
     * @param values values on the adjusted scale
     * @param start  the time index of the first value
     * @return a new array on the original scale
     */
    public double[] reseasonalize(double[] values, int start) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * index(start + i);
        }
        return out;
    }
}
