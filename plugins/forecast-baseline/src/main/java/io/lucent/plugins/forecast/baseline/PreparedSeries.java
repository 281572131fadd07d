package io.lucent.plugins.forecast.baseline;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * A series ready for fitting: every missing value replaced, with notes saying what was done.
 *
 * <p>Missing values ({@code NaN}) between two observations are interpolated linearly; missing values before
 * the first or after the last observation take the nearest observed value.
 *
 * @param values the complete values, oldest first
 * @param notes  remarks for the user, empty when nothing was changed
 */
record PreparedSeries(double[] values, List<String> notes) {

    PreparedSeries {
        values = values.clone();
        notes = List.copyOf(notes);
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Prepares a series.
     *
     * @throws PluginException of kind INVALID_INPUT if the series has no observation or an infinite value
     */
    static PreparedSeries of(TimeSeries series) {
        double[] y = series.values();
        int missing = 0;
        List<Integer> observed = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (Double.isNaN(y[i])) {
                missing++;
            } else if (Double.isInfinite(y[i])) {
                throw new PluginException(PluginException.Kind.INVALID_INPUT,
                        "Series '" + series.id() + "' has an infinite value at position " + (i + 1));
            } else {
                observed.add(i);
            }
        }
        if (observed.isEmpty()) {
            throw new PluginException(PluginException.Kind.INVALID_INPUT,
                    "Series '" + series.id() + "' has no observations to forecast from");
        }
        if (missing == 0) {
            return new PreparedSeries(y, List.of());
        }
        fill(y, observed);
        String note = "Interpolated " + missing + " missing value" + (missing == 1 ? "" : "s")
                + " of " + y.length + " linearly (leading and trailing gaps take the nearest observation).";
        return new PreparedSeries(y, List.of(note));
    }

    private static void fill(double[] y, List<Integer> observed) {
        int first = observed.get(0);
        int last = observed.get(observed.size() - 1);
        for (int i = 0; i < first; i++) {
            y[i] = y[first];
        }
        for (int i = last + 1; i < y.length; i++) {
            y[i] = y[last];
        }
        for (int k = 1; k < observed.size(); k++) {
            int from = observed.get(k - 1);
            int to = observed.get(k);
            for (int i = from + 1; i < to; i++) {
                double share = (double) (i - from) / (to - from);
                y[i] = y[from] + share * (y[to] - y[from]);
            }
        }
    }
}
