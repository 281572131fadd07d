package io.lucent.platform.forecasting.series;

import io.lucent.plugin.api.forecast.Frequency;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Calendar arithmetic per frequency: the period a timestamp falls in, and stepping from one period to the next.
 * {@link Frequency#OTHER} periods are whole days, a fixed number of days apart (one unless the data says otherwise), or
 * whole months apart (see {@link Spacing}).
 */
public final class Calendars {

    private Calendars() {
    }

    /**
     * The start of the period {@code time} belongs to. Weekly periods are counted in whole weeks from
     * {@code origin} (the first timestamp of the data), so weeks keep the data's own weekday.
     */
    public static LocalDateTime periodStart(LocalDateTime time, Frequency frequency, LocalDateTime origin) {
        return switch (frequency) {
            case HOURLY -> time.truncatedTo(ChronoUnit.HOURS);
            case DAILY, OTHER -> time.truncatedTo(ChronoUnit.DAYS);
            case WEEKLY -> {
                LocalDateTime start = origin.truncatedTo(ChronoUnit.DAYS);
                long weeks = Math.floorDiv(ChronoUnit.DAYS.between(start, time.truncatedTo(ChronoUnit.DAYS)), 7);
                yield start.plusWeeks(weeks);
            }
            case MONTHLY -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case QUARTERLY -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).withMonth(((time.getMonthValue() - 1) / 3) * 3 + 1);
            case YEARLY -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        };
    }

    /**
     * The period {@code steps} after {@code start} ({@link Frequency#OTHER}: one day per step; a series of that
     * frequency steps by its {@link Spacing}).
     */
    public static LocalDateTime step(LocalDateTime start, Frequency frequency, long steps) {
        return switch (frequency) {
            case HOURLY -> start.plusHours(steps);
            case DAILY, OTHER -> start.plusDays(steps);
            case WEEKLY -> start.plusWeeks(steps);
            case MONTHLY -> start.plusMonths(steps);
            case QUARTERLY -> start.plusMonths(3 * steps);
            case YEARLY -> start.plusYears(steps);
        };
    }

    /**
     * The spacing of {@link Frequency#OTHER} periods: the greatest common divisor of the whole-day gaps between
     * consecutive distinct period starts (1 when there are none).
     */
    public static int commonStepDays(Iterable<LocalDateTime> sortedStarts) {
        long gcd = 0;
        LocalDateTime previous = null;
        for (LocalDateTime start : sortedStarts) {
            if (previous != null && start.isAfter(previous)) {
                gcd = gcd(gcd, ChronoUnit.DAYS.between(previous, start));
            }
            previous = start;
        }
        return gcd <= 0 ? 1 : (int) Math.min(gcd, Integer.MAX_VALUE);
    }

    /** Months since January of year 0: consecutive months have consecutive indexes. */
    public static long monthIndex(LocalDateTime time) {
        return time.getYear() * 12L + time.getMonthValue() - 1;
    }

    /** Midnight on the first day of the month with this {@link #monthIndex}. */
    public static LocalDateTime monthStart(long monthIndex) {
        return LocalDate.of(Math.toIntExact(Math.floorDiv(monthIndex, 12)), (int) Math.floorMod(monthIndex, 12) + 1, 1).atStartOfDay();
    }

    /**
     * True when every time is midnight on the first of a month a whole multiple of {@code months} months away
     * from {@code origin}: data already laid on its own grid of quarters or years, e.g. fiscal quarters starting in
     * February, which keep their own starts instead of being moved to calendar quarters.
     */
    public static boolean onMonthGrid(Iterable<LocalDateTime> times, LocalDateTime origin, int months) {
        long originMonth = monthIndex(origin);
        for (LocalDateTime time : times) {
            if (time.getDayOfMonth() != 1 || !time.toLocalTime().equals(LocalTime.MIDNIGHT)
                    || Math.floorMod(monthIndex(time) - originMonth, months) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The greatest common divisor (0 and n: n). */
    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
