package io.lucent.platform.forecasting.runs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Point and interval accuracy of forecasts against actuals. A value is null where it is undefined, with the
 * reason in {@code notes}: MAPE when an actual is zero, MASE when the history has no variation at the scaling
 * lag.
 *
 * @param count    how many actual/forecast pairs were scored (missing actuals are skipped)
 * @param mae      mean absolute error
 * @param rmse     root mean squared error
 * @param mape     mean absolute percentage error, in percent
 * @param smape    symmetric MAPE in percent (M4 definition, 0 to 200)
 * @param mase     mean absolute scaled error (scaled by the in-sample seasonal naive error)
 * @param coverage share of actuals inside the interval, per level (e.g. "80" to 0.82)
 * @param notes    why a measure is missing, per measure name
 */
public record AccuracyMetrics(int count, Double mae, Double rmse, Double mape, Double smape, Double mase, Map<String, Double> coverage,
                              Map<String, String> notes) {

    /** Accumulates pairs from one or more folds and computes the measures. */
    public static final class Accumulator {
        private int count;
        private double absolute;
        private double squared;
        private double percentage;
        private boolean zeroActual;
        private double symmetric;
        private double scaled;
        private boolean scaleUndefined;
        private final Map<String, int[]> inside = new LinkedHashMap<>();

        /**
         * Adds one forecast's pairs.
         *
         * @param actual   the actuals (NaN = missing, skipped)
         * @param forecast the point forecasts
         * @param scale    the MASE scale of its training history (NaN or 0 when undefined)
         * @param lower    per level, the lower bounds
         * @param upper    per level, the upper bounds
         */
        public void add(double[] actual, double[] forecast, double scale, Map<String, double[]> lower, Map<String, double[]> upper) {
            for (int t = 0; t < actual.length && t < forecast.length; t++) {
                double y = actual[t];
                if (Double.isNaN(y)) {
                    continue;
                }
                double error = y - forecast[t];
                count++;
                absolute += Math.abs(error);
                squared += error * error;
                if (y == 0) {
                    zeroActual = true;
                } else {
                    percentage += Math.abs(error / y) * 100;
                }
                double denominator = Math.abs(y) + Math.abs(forecast[t]);
                symmetric += denominator == 0 ? 0 : 200 * Math.abs(error) / denominator;
                if (Double.isNaN(scale) || scale == 0) {
                    scaleUndefined = true;
                } else {
                    scaled += Math.abs(error) / scale;
                }
                for (Map.Entry<String, double[]> level : lower.entrySet()) {
                    int[] counts = inside.computeIfAbsent(level.getKey(), k -> new int[2]);
                    counts[1]++;
                    if (y >= level.getValue()[t] && y <= upper.get(level.getKey())[t]) {
                        counts[0]++;
                    }
                }
            }
        }

        public AccuracyMetrics result() {
            Map<String, String> notes = new LinkedHashMap<>();
            if (count == 0) {
                notes.put("all", "no actual values to compare with");
                return new AccuracyMetrics(0, null, null, null, null, null, Map.of(), notes);
            }
            if (zeroActual) {
                notes.put("mape", "undefined: some actual values are zero");
            }
            if (scaleUndefined) {
                notes.put("mase", "undefined: the history does not vary at the seasonal lag, so there is no scale");
            }
            Map<String, Double> coverage = new LinkedHashMap<>();
            inside.forEach((level, counts) -> coverage.put(level, counts[1] == 0 ? null : (double) counts[0] / counts[1]));
            return new AccuracyMetrics(count, absolute / count, Math.sqrt(squared / count), zeroActual ? null : percentage / count,
                    symmetric / count, scaleUndefined ? null : scaled / count, coverage, notes);
        }
    }

    /** The MASE scale: mean absolute difference at the seasonal lag (lag 1 if the history is too short), ignoring gaps. */
    public static double scale(double[] history, int period) {
        int lag = history.length > period ? period : 1;
        double sum = 0;
        int n = 0;
        for (int i = lag; i < history.length; i++) {
            if (!Double.isNaN(history[i]) && !Double.isNaN(history[i - lag])) {
                sum += Math.abs(history[i] - history[i - lag]);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
