package io.lucent.platform.forecasting.bench;

/**
 * The M4 accuracy measures of one forecast (definitions of the official "Benchmarks and Evaluation.R").
 */
public final class AccuracyMeasures {

    private AccuracyMeasures() {
    }

    /**
     * sMAPE in percent: {@code mean(200 |y - f| / (|y| + |f|))}.
     *
     * @param actual   the test values
     * @param forecast the forecasts
     * @return sMAPE
     */
    public static double smape(double[] actual, double[] forecast) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            double denominator = Math.abs(actual[t]) + Math.abs(forecast[t]);
            s += denominator == 0 ? 0 : 200 * Math.abs(actual[t] - forecast[t]) / denominator;
        }
        return s / actual.length;
    }

    /**
     * The MASE scale: the in-sample mean absolute seasonal difference at lag m (lag 1 when the history is too
     * short for lag m).
     *
     * @param train  the history
     * @param period m
     * @return the scale
     */
    public static double maseScale(double[] train, int period) {
        int m = train.length > period ? period : 1;
        double s = 0;
        int count = 0;
        for (int i = m; i < train.length; i++) {
            s += Math.abs(train[i] - train[i - m]);
            count++;
        }
        return count == 0 ? Double.NaN : s / count;
    }

    /**
     * MASE: the mean absolute error over the scale.
     *
     * @param actual   the test values
     * @param forecast the forecasts
     * @param scale    from {@link #maseScale}
     * @return MASE
     */
    public static double mase(double[] actual, double[] forecast, double scale) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            s += Math.abs(actual[t] - forecast[t]);
        }
        return s / actual.length / scale;
    }

    /**
     * The share of test values inside the interval (bounds included).
     *
     * @param actual the test values
     * @param lower  lower bounds
     * @param upper  upper bounds
     * @return coverage in [0, 1]
     */
    public static double coverage(double[] actual, double[] lower, double[] upper) {
        int inside = 0;
        for (int t = 0; t < actual.length; t++) {
            if (actual[t] >= lower[t] && actual[t] <= upper[t]) {
                inside++;
            }
        }
        return (double) inside / actual.length;
    }

    /**
     * The M4 mean scaled interval score of a {@code 1 - alpha} interval.
     *
     * @param actual the test values
     * @param lower  lower bounds
     * @param upper  upper bounds
     * @param alpha  for example 0.05
     * @param scale  the MASE scale
     * @return MSIS
     */
    public static double msis(double[] actual, double[] lower, double[] upper, double alpha, double scale) {
        double s = 0;
        for (int t = 0; t < actual.length; t++) {
            s += upper[t] - lower[t];
            if (actual[t] < lower[t]) {
                s += 2 / alpha * (lower[t] - actual[t]);
            }
            if (actual[t] > upper[t]) {
                s += 2 / alpha * (actual[t] - upper[t]);
            }
        }
        return s / actual.length / scale;
    }
}
