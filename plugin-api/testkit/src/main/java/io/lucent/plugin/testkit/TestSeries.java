package io.lucent.plugin.testkit;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated time series for forecasting tests. Every series is deterministic: the same arguments always give
 * the same values, so failures reproduce. The noise is Gaussian from a fixed seed.
 *
 * <p>Thread-safe: all methods are pure functions.
 */
public final class TestSeries {

    private static final long SEED = 20_260_115L;

    private TestSeries() {
    }

    /**
     * A monthly series with a linear trend and mild noise: {@code 100 + 2.5 t + N(0, 2)}.
     *
     * @param length the number of observations
     * @return the series, id {@code "trend"}
     */
    public static TimeSeries trend(int length) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            values[t] = 100 + 2.5 * t + 2 * random.nextGaussian();
        }
        return new TimeSeries("trend", values, List.of(), Frequency.MONTHLY, 1);
    }

    /**
     * A monthly series with trend and a yearly cycle of period 12: {@code 200 + 0.5 t + 30 sin(2 pi t / 12)
     * + N(0, 3)}.
     *
     * @param length the number of observations
     * @return the series, id {@code "seasonal"}, seasonal period 12
     */
    public static TimeSeries seasonal(int length) {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            values[t] = 200 + 0.5 * t + 30 * Math.sin(2 * Math.PI * t / 12) + 3 * random.nextGaussian();
        }
        return new TimeSeries("seasonal", values, List.of(), Frequency.MONTHLY, 12);
    }

    /**
     * A daily series of white noise around a level: {@code 50 + N(0, 10)}, without seasonality.
     *
     * @param length the number of observations
     * @return the series, id {@code "noisy"}
     */
    public static TimeSeries noisy(int length) {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            values[t] = 50 + 10 * random.nextGaussian();
        }
        return new TimeSeries("noisy", values, List.of(), Frequency.DAILY, 1);
    }

    /**
     * A series whose every observation is the same.
     *
     * @param length the number of observations
     * @param value  the value
     * @return the series, id {@code "constant"}
     */
    public static TimeSeries constant(int length, double value) {
        double[] values = new double[length];
        Arrays.fill(values, value);
        return new TimeSeries("constant", values, List.of(), Frequency.MONTHLY, 1);
    }

    /**
     * The {@linkplain #trend(int) trend series} with observations missing ({@code NaN}) inside it: every
     * seventh observation from the third on, never the first or the last.
     *
     * @param length the number of observations, at least 4
     * @return the series, id {@code "missing-values"}
     */
    public static TimeSeries withMissingValues(int length) {
        double[] values = trend(length).values();
        for (int t = 2; t < length - 1; t += 7) {
            values[t] = Double.NaN;
        }
        return new TimeSeries("missing-values", values, List.of(), Frequency.MONTHLY, 1);
    }

    /**
     * The {@linkplain #seasonal(int) seasonal series} renamed, for long-series tests.
     *
     * @param length the number of observations
     * @return the series, id {@code "long"}, seasonal period 12
     */
    public static TimeSeries longSeasonal(int length) {
        return new TimeSeries("long", seasonal(length).values(), List.of(), Frequency.MONTHLY, 12);
    }
}
