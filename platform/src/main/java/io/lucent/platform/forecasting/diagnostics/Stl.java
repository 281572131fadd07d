package io.lucent.platform.forecasting.diagnostics;

/**
 * STL, the seasonal-trend decomposition by loess of Cleveland, Cleveland, McRae and Terpenning (1990), additive
 * and without robustness iterations: {@code y = seasonal + trend + remainder}. Each of the two inner passes
 * smooths every cycle-subseries (one per season position, extended by one period at both ends), removes the
 * low-frequency part of that seasonal estimate (moving averages of the period, the period and 3, then loess), and
 * smooths the deseasonalised series into the trend. The loess is evaluated at every point (no interpolation
 * between evaluation points), so the result equals R's {@code stl(x, s.window, robust = FALSE, s.jump = 1,
 * t.jump = 1, l.jump = 1)} with its default degrees (0 for the season, 1 for trend and low-pass).
 */
public final class Stl {

    private static final int INNER_PASSES = 2;

    private final int period;
    private final int seasonalSpan;
    private final int trendSpan;
    private final int lowPassSpan;

    /**
     * @param period       the number of observations per cycle, at least 2
     * @param seasonalSpan the loess span of the cycle-subseries (odd, at least 7; larger = a steadier season)
     */
    public Stl(int period, int seasonalSpan) {
        if (period < 2) {
            throw new IllegalArgumentException("STL needs a period of at least 2");
        }
        if (seasonalSpan < 7 || seasonalSpan % 2 == 0) {
            throw new IllegalArgumentException("The seasonal span must be odd and at least 7");
        }
        this.period = period;
        this.seasonalSpan = seasonalSpan;
        this.trendSpan = nextOdd((int) Math.ceil(1.5 * period / (1 - 1.5 / seasonalSpan)));
        this.lowPassSpan = nextOdd(period);
    }

    /** The loess span of the trend, derived from the period and the seasonal span as Cleveland et al. advise. */
    public int trendSpan() {
        return trendSpan;
    }

    /** The three components, each as long as the series. */
    public record Components(double[] seasonal, double[] trend, double[] remainder) {
    }

    /** Decomposes a complete series (no missing values) of at least two cycles. */
    public Components decompose(double[] y) {
        int n = y.length;
        if (n < 2 * period) {
            throw new IllegalArgumentException("STL needs at least two cycles of " + period + " observations");
        }
        double[] trend = new double[n];
        double[] seasonal = new double[n];
        double[] work = new double[n];
        for (int pass = 0; pass < INNER_PASSES; pass++) {
            for (int i = 0; i < n; i++) {
                work[i] = y[i] - trend[i];
            }
            double[] cycles = smoothCycleSubseries(work);
            double[] lowPass = Loess.smooth(lowPassFilter(cycles, n), lowPassSpan, 1);
            for (int i = 0; i < n; i++) {
                seasonal[i] = cycles[period + i] - lowPass[i];
                work[i] = y[i] - seasonal[i];
            }
            trend = Loess.smooth(work, trendSpan, 1);
        }
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            remainder[i] = y[i] - seasonal[i] - trend[i];
        }
        return new Components(seasonal, trend, remainder);
    }

    /**
     * Smooths each season position's subseries with a local-constant loess and extends it by one cycle on each
     * side; the result has {@code n + 2 * period} values, position {@code period + i} belonging to observation i.
     */
    private double[] smoothCycleSubseries(double[] detrended) {
        int n = detrended.length;
        double[] out = new double[n + 2 * period];
        for (int position = 0; position < period; position++) {
            int length = (n - position + period - 1) / period;
            double[] subseries = new double[length];
            for (int k = 0; k < length; k++) {
                subseries[k] = detrended[position + k * period];
            }
            double[] smoothed = Loess.smooth(subseries, seasonalSpan, 0);
            double before = Loess.at(subseries, -1, 0, Math.min(seasonalSpan, length) - 1, seasonalSpan, 0).orElse(smoothed[0]);
            double after = Loess.at(subseries, length, Math.max(0, length - seasonalSpan), length - 1, seasonalSpan, 0)
                    .orElse(smoothed[length - 1]);
            out[position] = before;
            for (int k = 0; k < length; k++) {
                out[position + (k + 1) * period] = smoothed[k];
            }
            out[position + (length + 1) * period] = after;
        }
        return out;
    }

    /** Moving averages of lengths period, period and 3: {@code n + 2 * period} values in, n out. */
    private double[] lowPassFilter(double[] cycles, int n) {
        return movingAverage(movingAverage(movingAverage(cycles, period), period), 3);
    }

    private static double[] movingAverage(double[] x, int length) {
        double[] out = new double[x.length - length + 1];
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += x[i];
        }
        out[0] = sum / length;
        for (int i = 1; i < out.length; i++) {
            sum += x[i + length - 1] - x[i - 1];
            out[i] = sum / length;
        }
        return out;
    }

    static int nextOdd(int value) {
        return value % 2 == 0 ? value + 1 : value;
    }
}
