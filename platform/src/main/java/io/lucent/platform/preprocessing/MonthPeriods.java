package io.lucent.platform.preprocessing;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.Calendars;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.Spacing;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Aggregation periods of {@code every} calendar months. Each period starts at midnight on the first day of a month,
 * every N months before and after the anchor month; the day of the anchor date is ignored (an anchor of
 * 2024-04-15 starts periods on April 1st). A source period belongs to the month period its start falls in: a week
 * goes to the month of its first day, whatever its other days.
 *
 * <p>Which series fit: hourly and daily data, weekly data, and custom periods of fewer than 28 days (so every month
 * holds at least one of them and no month period is left empty); series already in months (monthly, quarterly,
 * yearly or N-month periods) when N is a larger multiple of their length and the anchor month is one of their
 * period starts, so that every source period lies in one month period.
 *
 * @param every      the period length in months, 1 to 120
 * @param anchorMonth the {@link Calendars#monthIndex} of a month in which a period starts
 */
record MonthPeriods(int every, long anchorMonth) {

    static final int MAX_MONTHS = 120;

    MonthPeriods {
        if (every < 1 || every > MAX_MONTHS) {
            throw LucentException.invalid("aggregate 'every' must be a whole number of months from 1 to " + MAX_MONTHS + " (12 is a year, "
                    + MAX_MONTHS + " ten years)");
        }
    }

    /**
     * Periods of {@code every} months for this series, from {@code anchor} (an ISO date; its month is a period start).
     * Without an anchor periods line up with the calendar year: they count from January of the series' first year
     * (2 months: January-February, March-April...; 6 months: half-years), unless the series is already in months
     * that January does not start (e.g. quarters from February), in which case they count from its first period.
     */
    static MonthPeriods of(int every, String anchor, EntitySeries series) {
        if (anchor != null && !anchor.isBlank()) {
            try {
                return new MonthPeriods(every, Calendars.monthIndex(LocalDate.parse(anchor.trim()).atStartOfDay()));
            } catch (DateTimeParseException e) {
                throw LucentException.invalid("aggregate 'anchor' must be a date like 2024-04-01 (periods start on the first of its month)");
            }
        }
        LocalDateTime first = series.periods().get(0);
        long january = first.getYear() * 12L;
        Spacing spacing = series.spacing();
        boolean januaryOffGrid = spacing.inMonths() && Math.floorMod(Calendars.monthIndex(first) - january, spacing.amount()) != 0;
        return new MonthPeriods(every, januaryOffGrid ? Calendars.monthIndex(first) : january);
    }

    /** The calendar months, quarters or years of a named frequency (periods counted from January). */
    static MonthPeriods calendar(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> new MonthPeriods(1, 0);
            case QUARTERLY -> new MonthPeriods(3, 0);
            case YEARLY -> new MonthPeriods(12, 0);
            default -> throw new IllegalArgumentException(frequency + " is not made of months");
        };
    }

    /** The start of the period {@code time} falls in: midnight on the first of its first month. */
    LocalDateTime startOf(LocalDateTime time) {
        long month = Calendars.monthIndex(time);
        return Calendars.monthStart(anchorMonth + Math.floorDiv(month - anchorMonth, every) * (long) every);
    }

    /**
     * The frequency the periods have: 1 month is monthly, 3 quarterly and 12 yearly (whatever month they start in:
     * the series view keeps quarters and years that start off the calendar, see {@link Calendars#onMonthGrid}); other
     * lengths are {@link Frequency#OTHER}, read back as periods of N months.
     */
    Frequency frequency() {
        return switch (every) {
            case 1 -> Frequency.MONTHLY;
            case 3 -> Frequency.QUARTERLY;
            case 12 -> Frequency.YEARLY;
            default -> Frequency.OTHER;
        };
    }

    /** 400 unless the series' periods each fall whole into one of these periods and every period gets data. */
    void requireFits(EntitySeries source) {
        Spacing spacing = source.spacing();
        switch (spacing.unit()) {
            case HOURS -> {
            }
            case DAYS -> {
                if (spacing.amount() >= 28) {
                    throw LucentException.invalid("Periods of months need data in periods shorter than a month (hourly, daily, weekly, or "
                            + "custom periods of up to 27 days); this series has periods of " + spacing.describe()
                            + ", so aggregate the original data instead");
                }
            }
            default -> requireFitsMonths(spacing.amount(), source.periods().get(0));
        }
    }

    private void requireFitsMonths(int sourceMonths, LocalDateTime firstPeriod) {
        String source = describe(sourceMonths);
        if (every <= sourceMonths || every % sourceMonths != 0) {
            throw LucentException.invalid("This series is " + source + "; periods of " + every + " month" + (every == 1 ? "" : "s")
                    + " must be a larger multiple of " + sourceMonths + " month" + (sourceMonths == 1 ? "" : "s") + " ("
                    + (2 * sourceMonths) + ", " + (3 * sourceMonths) + ", ... up to " + MAX_MONTHS + ") so that each of its periods falls whole"
                    + " into one");
        }
        if (Math.floorMod(Calendars.monthIndex(firstPeriod) - anchorMonth, sourceMonths) != 0) {
            throw LucentException.invalid("This series is " + source + " starting in " + monthNames(firstPeriod, sourceMonths)
                    + "; periods of " + every + " months must start in one of those months so that each of its periods falls whole into one"
                    + " (give an 'anchor' such as " + firstPeriod.toLocalDate() + ")");
        }
    }

    private static String describe(int months) {
        return switch (months) {
            case 1 -> "monthly";
            case 3 -> "quarterly";
            case 12 -> "yearly";
            default -> "in periods of " + months + " months";
        };
    }

    /** The months of the year in which the series' periods start, e.g. "January, April, July or October". */
    private static String monthNames(LocalDateTime first, int months) {
        if (12 % months != 0) {
            return first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + first.getYear() + " and every " + months
                    + " months from there";
        }
        StringBuilder names = new StringBuilder();
        int count = 12 / months;
        for (int i = 0; i < count; i++) {
            int month = Math.floorMod(first.getMonthValue() - 1 + i * months, 12) + 1;
            names.append(i == 0 ? "" : i == count - 1 ? " or " : ", ")
                    .append(java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
        return names.toString();
    }
}
