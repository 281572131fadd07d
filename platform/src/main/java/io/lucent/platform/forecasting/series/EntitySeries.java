package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * One entity's history on a regular calendar: one value per period (the sum of the rows in it), {@code NaN}
 * where the period had no row.
 *
 * @param id        the entity id
 * @param name      the entity name (the id when the dataset has no name column)
 * @param periods   the start of each period, ascending, evenly spaced in calendar terms
 * @param values    one value per period
 * @param frequency the spacing
 */
public record EntitySeries(String id, String name, List<LocalDateTime> periods, double[] values, Frequency frequency) {

    public EntitySeries {
        periods = List.copyOf(periods);
        values = values.clone();
        if (periods.size() != values.length) {
            throw new IllegalArgumentException("one value per period is needed");
        }
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int length() {
        return values.length;
    }

    /** Observations that are not missing. */
    public int observed() {
        return (int) Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
    }

    /** How far apart the periods are ({@link Frequency#OTHER}: read from the periods, see {@link Spacing#fromStarts}). */
    public Spacing spacing() {
        return Spacing.of(frequency, periods);
    }

    /**
     * The seasonal period assumed for this series: the frequency's natural one, and for periods of N months (frequency
     * {@link Frequency#OTHER}) the year's 12 / N when N divides 12, otherwise 1 (see {@link Spacing#seasonalPeriod}).
     */
    public int seasonalPeriod() {
        return Spacing.seasonalPeriod(frequency, periods);
    }

    /** The plugin-API series with its {@link #seasonalPeriod()} (1 when the history is too short for two cycles). */
    public TimeSeries toTimeSeries() {
        int period = seasonalPeriod();
        return new TimeSeries(id, values, periods, frequency, values.length >= 2 * period ? period : 1);
    }

    /** The first {@code n} periods. */
    public EntitySeries head(int n) {
        return new EntitySeries(id, name, periods.subList(0, n), Arrays.copyOf(values, n), frequency);
    }

    /**
     * The periods after the history: {@code horizon} further starts on the same calendar, as far apart as the
     * periods are ({@link #spacing()}).
     */
    public List<LocalDateTime> future(int horizon) {
        LocalDateTime last = periods.get(periods.size() - 1);
        Spacing spacing = spacing();
        return java.util.stream.IntStream.rangeClosed(1, horizon).mapToObj(i -> spacing.after(last, i)).toList();
    }
}
