package io.lucent.plugin.api.forecast;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regularly spaced series of observations, oldest first. Immutable and thread-safe.
 *
 * <p>Missing observations are {@link Double#NaN}; methods interpolate them (and say so in their result) or
 * reject the series. Timestamps are optional: benchmark data often has none.
 */
public final class TimeSeries {

    private final String id;
    private final double[] values;
    private final List<LocalDateTime> timestamps;
    private final Frequency frequency;
    private final int seasonalPeriod;

    /**
     * Creates a series.
     *
     * @param id             an identifier for messages (entity id, series id), not empty
     * @param values         the observations, oldest first; copied
     * @param timestamps     one timestamp per observation, ascending, or an empty list
     * @param frequency      the spacing
     * @param seasonalPeriod the seasonal cycle length to model, at least 1 (1 = no seasonality)
     * @throws IllegalArgumentException if the timestamps do not match the values, are not ascending, or the
     *                                  period is below 1
     */
    public TimeSeries(String id, double[] values, List<LocalDateTime> timestamps, Frequency frequency, int seasonalPeriod) {
        this.id = Objects.requireNonNull(id, "id is null");
        this.values = Objects.requireNonNull(values, "values is null").clone();
        this.timestamps = List.copyOf(timestamps);
        this.frequency = Objects.requireNonNull(frequency, "frequency is null");
        this.seasonalPeriod = seasonalPeriod;
        if (seasonalPeriod < 1) {
            throw new IllegalArgumentException("seasonal period must be at least 1");
        }
        if (!this.timestamps.isEmpty() && this.timestamps.size() != values.length) {
            throw new IllegalArgumentException("series '" + id + "' has " + values.length + " values but "
                    + this.timestamps.size() + " timestamps");
        }
        for (int i = 1; i < this.timestamps.size(); i++) {
            if (!this.timestamps.get(i).isAfter(this.timestamps.get(i - 1))) {
                throw new IllegalArgumentException("series '" + id + "' has timestamps out of order at position " + i);
            }
        }
    }

    /**
     * A series without timestamps whose seasonal period is the frequency's natural one.
     *
     * @param id        an identifier
     * @param values    the observations
     * @param frequency the spacing
     * @return the series
     */
    public static TimeSeries of(String id, double[] values, Frequency frequency) {
        return new TimeSeries(id, values, List.of(), frequency, frequency.naturalPeriod());
    }

    /**
     * The identifier.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * A copy of the observations.
     *
     * @return the values, oldest first; {@code NaN} marks a missing observation
     */
    public double[] values() {
        return values.clone();
    }

    /**
     * One observation.
     *
     * @param index the zero-based position
     * @return the value, {@code NaN} if missing
     */
    public double value(int index) {
        return values[index];
    }

    /**
     * The number of observations, missing ones included.
     *
     * @return the length
     */
    public int length() {
        return values.length;
    }

    /**
     * The timestamps, if the series has them.
     *
     * @return the timestamps, empty or one per observation
     */
    public List<LocalDateTime> timestamps() {
        return timestamps;
    }

    /**
     * The spacing.
     *
     * @return the frequency
     */
    public Frequency frequency() {
        return frequency;
    }

    /**
     * The seasonal cycle length methods should model; 1 means no seasonality.
     *
     * @return the seasonal period
     */
    public int seasonalPeriod() {
        return seasonalPeriod;
    }

    /**
     * The timestamp of the last observation.
     *
     * @return the last timestamp, if the series has timestamps and at least one observation
     */
    public Optional<LocalDateTime> lastTimestamp() {
        return timestamps.isEmpty() ? Optional.empty() : Optional.of(timestamps.get(timestamps.size() - 1));
    }

    /**
     * Whether any observation is missing.
     *
     * @return true if some value is {@code NaN}
     */
    public boolean hasMissingValues() {
        return Arrays.stream(values).anyMatch(Double::isNaN);
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", " + values.length + " " + frequency + " values, period " + seasonalPeriod + "]";
    }
}
