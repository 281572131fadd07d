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

    /** The plugin-API series with the frequency's natural seasonal period (1 when the history is too short for two cycles). */
    public TimeSeries toTimeSeries() {
        int period = frequency.naturalPeriod();
        return new TimeSeries(id, values, periods, frequency, values.length >= 2 * period ? period : 1);
    }

    /** The first {@code n} periods. */
    public EntitySeries head(int n) {
        return new EntitySeries(id, name, periods.subList(0, n), Arrays.copyOf(values, n), frequency);
    }

    /**
     * The periods after the history: {@code horizon} further starts on the same calendar ({@link Frequency#OTHER}:
     * as far apart as the last two periods).
     */
    public List<LocalDateTime> future(int horizon) {
        LocalDateTime last = periods.get(periods.size() - 1);
        int otherDays = periods.size() < 2 ? 1 : Calendars.commonStepDays(periods.subList(periods.size() - 2, periods.size()));
        return java.util.stream.IntStream.rangeClosed(1, horizon).mapToObj(i -> Calendars.step(last, frequency, i, otherDays)).toList();
    }
}
