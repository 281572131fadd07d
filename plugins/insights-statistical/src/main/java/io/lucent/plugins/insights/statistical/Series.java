package io.lucent.plugins.insights.statistical;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One time series of a metric table, in period order.
 *
 * @param name      the series (a column name, or "rows")
 * @param aggregate sum, mean or count
 * @param periods   the periods (days, or months' first days)
 * @param values    the values
 * @param partial   per period, whether the data covers it only partly (monthly series)
 */
record Series(String name, String aggregate, List<LocalDate> periods, double[] values, boolean[] partial) {

    Series {
        periods = List.copyOf(periods);
        values = values.clone();
        partial = partial.clone();
    }

    int size() {
        return values.length;
    }

    /** Whether a missing period means zero (sums and counts), so the series is regular. */
    boolean additive() {
        return !aggregate.equals("mean");
    }

    /** The series without its leading and trailing partial periods. */
    Series complete() {
        int first = 0;
        while (first < values.length && partial[first]) {
            first++;
        }
        int last = values.length - 1;
        while (last >= first && partial[last]) {
            last--;
        }
        return new Series(name, aggregate, periods.subList(first, last + 1), Arrays.copyOfRange(values, first, last + 1),
                Arrays.copyOfRange(partial, first, last + 1));
    }

    /** A label for texts, for example "Sales (daily total)" or "Rows (monthly count)". */
    String label(boolean daily) {
        String period = daily ? "daily" : "monthly";
        return switch (aggregate) {
            case "count" -> name + " (" + period + " count)";
            case "mean" -> name + " (" + period + " average)";
            default -> name + " (" + period + " total)";
        };
    }
}
