package io.lucent.plugins.forecast.statistical.arima;

import java.util.ArrayList;
import java.util.List;

/**
 * A series made ready for ARIMA fitting: leading missing values dropped, interior gaps interpolated
 * linearly, trailing gaps filled with the last observation, and the history cut to its most recent part.
 *
 * @param values the values to fit, no NaN
 * @param start  the index in the original series of {@code values[0]}
 * @param length the length of the original series
 * @param notes  what was done, for the user
 */
record PreparedSeries(double[] values, int start, int length, List<String> notes) {

    /**
     * Prepares a series.
     *
     * @param y   the original series, NaN for missing
     * @param cap the largest number of observations to keep
     * @return the prepared series
     * @throws IllegalArgumentException if no value is finite
     */
    static PreparedSeries of(double[] y, int cap) {
        List<String> notes = new ArrayList<>();
        int n = y.length;
        int first = 0;
        while (first < n && !Double.isFinite(y[first])) {
            first++;
        }
        if (first == n) {
            throw new IllegalArgumentException("the series has no observed values");
        }
        int last = n - 1;
        while (!Double.isFinite(y[last])) {
            last--;
        }
        double[] x = new double[n - first];
        int interpolated = 0;
        int prev = first;
        for (int i = first; i < n; i++) {
            if (Double.isFinite(y[i])) {
                if (i - prev > 1) {
                    for (int k = prev + 1; k < i; k++) {
                        x[k - first] = y[prev] + (y[i] - y[prev]) * (k - prev) / (double) (i - prev);
                        interpolated++;
                    }
                }
                x[i - first] = y[i];
                prev = i;
            } else if (i > last) {
                x[i - first] = y[last];
            }
        }
        if (first > 0) {
            notes.add(first + " leading missing value" + (first == 1 ? " was" : "s were") + " ignored");
        }
        if (interpolated > 0) {
            notes.add(interpolated + " missing value" + (interpolated == 1 ? " was" : "s were")
                    + " interpolated linearly before fitting");
        }
        if (last < n - 1) {
            int k = n - 1 - last;
            notes.add(k + " trailing missing value" + (k == 1 ? " was" : "s were") + " set to the last observation");
        }
        int start = first;
        if (x.length > cap) {
            int drop = x.length - cap;
            double[] cut = new double[cap];
            System.arraycopy(x, drop, cut, 0, cap);
            x = cut;
            start += drop;
            notes.add("fitted on the last " + cap + " observations (the series has " + (n - first) + ")");
        }
        return new PreparedSeries(x, start, n, List.copyOf(notes));
    }
}
