package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * How far apart the periods of a regular series are: a number of hours, days or calendar months. The named
 * frequencies have a fixed spacing. Periods of {@link Frequency#OTHER} are read from their starts: whole months
 * when every start is midnight on one and the same day of the month (1 to 28), the months between starts having
 * a greatest common divisor N (e.g. data aggregated to periods of 2, 4 or 6 months, which are stored as the first
 * of their month); otherwise whole days, the greatest common divisor of the gaps ({@link Calendars#commonStepDays}).
 *
 * @param unit   {@link ChronoUnit#HOURS}, {@link ChronoUnit#DAYS} or {@link ChronoUnit#MONTHS}
 * @param amount how many units one period spans, at least 1
 */
public record Spacing(ChronoUnit unit, int amount) {

    public Spacing {
        if (unit != ChronoUnit.HOURS && unit != ChronoUnit.DAYS && unit != ChronoUnit.MONTHS) {
            throw new IllegalArgumentException("a spacing is in hours, days or months");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("a spacing is at least one unit");
        }
    }

    /** The spacing of a series with this frequency and these period starts (ascending). */
    public static Spacing of(Frequency frequency, List<LocalDateTime> periods) {
        return switch (frequency) {
            case HOURLY -> new Spacing(ChronoUnit.HOURS, 1);
            case DAILY -> new Spacing(ChronoUnit.DAYS, 1);
            case WEEKLY -> new Spacing(ChronoUnit.DAYS, 7);
            case MONTHLY -> new Spacing(ChronoUnit.MONTHS, 1);
            case QUARTERLY -> new Spacing(ChronoUnit.MONTHS, 3);
            case YEARLY -> new Spacing(ChronoUnit.MONTHS, 12);
            case OTHER -> fromStarts(periods);
        };
    }

    /**
     * The spacing of periods of no named frequency, from their ascending starts: months when every start is
     * midnight on the same day of the month (at most the 28th, so that every month has it), otherwise days. One
     * day when there are fewer than two distinct starts.
     */
    public static Spacing fromStarts(List<LocalDateTime> sortedStarts) {
        long months = 0;
        LocalDateTime previous = null;
        boolean sameDayOfMonth = true;
        for (LocalDateTime start : sortedStarts) {
            sameDayOfMonth &= start.toLocalTime().equals(LocalTime.MIDNIGHT) && start.getDayOfMonth() <= 28
                    && start.getDayOfMonth() == sortedStarts.get(0).getDayOfMonth();
            if (!sameDayOfMonth) {
                break;
            }
            if (previous != null && start.isAfter(previous)) {
                months = Calendars.gcd(months, Calendars.monthIndex(start) - Calendars.monthIndex(previous));
            }
            previous = start;
        }
        if (sameDayOfMonth && months > 0) {
            return new Spacing(ChronoUnit.MONTHS, (int) Math.min(months, Integer.MAX_VALUE));
        }
        return new Spacing(ChronoUnit.DAYS, Calendars.commonStepDays(sortedStarts));
    }

    /**
     * The seasonal period assumed for a series: the frequency's natural one, and for {@link Frequency#OTHER} the
     * yearly cycle of N-month periods when N divides 12 (2 months: 6, 4 months: 3, 6 months: 2), otherwise none (1).
     */
    public static int seasonalPeriod(Frequency frequency, List<LocalDateTime> periods) {
        if (frequency != Frequency.OTHER) {
            return frequency.naturalPeriod();
        }
        Spacing spacing = fromStarts(periods);
        return spacing.unit == ChronoUnit.MONTHS && 12 % spacing.amount == 0 ? 12 / spacing.amount : 1;
    }

    /** The period {@code steps} periods after {@code start}. */
    public LocalDateTime after(LocalDateTime start, long steps) {
        return start.plus(steps * amount, unit);
    }

    /** True when periods are calendar months or multiples of them. */
    public boolean inMonths() {
        return unit == ChronoUnit.MONTHS;
    }

    /** In words, e.g. "2 months", "1 day". */
    public String describe() {
        String name = unit.name().toLowerCase(Locale.ROOT);
        return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
    }
}
