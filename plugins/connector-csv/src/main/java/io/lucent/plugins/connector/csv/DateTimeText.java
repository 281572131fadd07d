package io.lucent.plugins.connector.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A value that has the shape of a date, optionally followed by a time: three numbers separated by
 * {@code -}, {@code /} or {@code .} with a four-digit year first or last, then optionally {@code T} or a
 * space and {@code H:mm}, {@code H:mm:ss} or {@code H:mm:ss.fraction}. A two-digit year is accepted last
 * with {@code /} or {@code -} ({@code 03/01/19}): 00 to 49 mean 2000 to 2049, 50 to 99 mean 1950 to 1999. Which numbers are day and month is
 * left open: {@link #possibleOrders()} says which readings are valid.
 *
 * @param first     the first number
 * @param second    the second number
 * @param third     the third number
 * @param separator the date separator
 * @param time      the time of day, or {@code null} when the value is a date only
 */
record DateTimeText(int first, int second, int third, char separator, LocalTime time) {

    /** Reads the shape of a trimmed value; empty if it is not date-like. A scanner: it runs for every field. */
    static Optional<DateTimeText> parse(String text) {
        int length = text.length();
        if (length < 6 || length > 32) {
            return Optional.empty();
        }
        int firstDigits = Scalars.digitsFrom(text, 0);
        if (firstDigits == 0 || firstDigits == 3 || firstDigits > 4 || firstDigits >= length) {
            return Optional.empty();
        }
        char separator = text.charAt(firstDigits);
        if (separator != '-' && separator != '/' && separator != '.') {
            return Optional.empty();
        }
        int secondStart = firstDigits + 1;
        int secondDigits = Scalars.digitsFrom(text, secondStart);
        int secondEnd = secondStart + secondDigits;
        if (secondDigits == 0 || secondDigits > 2 || secondEnd >= length || text.charAt(secondEnd) != separator) {
            return Optional.empty();
        }
        int thirdStart = secondEnd + 1;
        int thirdDigits = Scalars.digitsFrom(text, thirdStart);
        int thirdEnd = thirdStart + thirdDigits;
        boolean yearFirst = firstDigits == 4;
        boolean shortYear = !yearFirst && thirdDigits == 2 && separator != '.';
        boolean yearLast = thirdDigits == 4 || shortYear;
        if (thirdDigits == 0 || thirdDigits == 3 || thirdDigits > 4 || yearFirst == yearLast || yearFirst && thirdDigits > 2) {
            return Optional.empty();
        }
        LocalTime time = null;
        if (thirdEnd < length) {
            time = time(text, thirdEnd);
            if (time == null) {
                return Optional.empty();
            }
        }
        int third = Integer.parseInt(text, thirdStart, thirdEnd, 10);
        if (shortYear) {
            third += third < 50 ? 2000 : 1900;
        }
        return Optional.of(new DateTimeText(Integer.parseInt(text, 0, firstDigits, 10),
                Integer.parseInt(text, secondStart, secondEnd, 10), third, separator, time));
    }

    /** The time after a date: {@code T} or a space, then {@code H:mm[:ss[.fraction]]} to the end; else null. */
    private static LocalTime time(String text, int position) {
        char before = text.charAt(position);
        if (before != 'T' && before != ' ') {
            return null;
        }
        int hourStart = position + 1;
        int hourDigits = Scalars.digitsFrom(text, hourStart);
        int minuteStart = hourStart + hourDigits + 1;
        if (hourDigits == 0 || hourDigits > 2 || minuteStart >= text.length() || text.charAt(minuteStart - 1) != ':'
                || Scalars.digitsFrom(text, minuteStart) != 2) {
            return null;
        }
        int hour = Integer.parseInt(text, hourStart, hourStart + hourDigits, 10);
        int minute = Integer.parseInt(text, minuteStart, minuteStart + 2, 10);
        int second = 0;
        int nanos = 0;
        int cursor = minuteStart + 2;
        if (cursor < text.length()) {
            if (text.charAt(cursor) != ':' || Scalars.digitsFrom(text, cursor + 1) != 2) {
                return null;
            }
            second = Integer.parseInt(text, cursor + 1, cursor + 3, 10);
            cursor += 3;
            if (cursor < text.length()) {
                char point = text.charAt(cursor);
                int fractionDigits = Scalars.digitsFrom(text, cursor + 1);
                if (point != '.' && point != ',' || fractionDigits == 0 || fractionDigits > 9
                        || cursor + 1 + fractionDigits != text.length()) {
                    return null;
                }
                String fraction = text.substring(cursor + 1) + "000000000".substring(fractionDigits);
                nanos = Integer.parseInt(fraction);
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second, nanos);
    }

    /**
     * The orders under which this value is a valid date. A four-digit first number means year first;
     * otherwise day-first and month-first are both possible unless a number above 12 rules one out. Dates
     * written with dots ({@code 31.03.2024}) are read day-first only, as everywhere that writes them.
     */
    Set<DateOrder> possibleOrders() {
        Set<DateOrder> orders = EnumSet.noneOf(DateOrder.class);
        if (first >= 1000) {
            if (DateOrder.YEAR_MONTH_DAY.toDate(first, second, third).isPresent()) {
                orders.add(DateOrder.YEAR_MONTH_DAY);
            }
            return orders;
        }
        if (DateOrder.DAY_MONTH_YEAR.toDate(first, second, third).isPresent()) {
            orders.add(DateOrder.DAY_MONTH_YEAR);
        }
        if (separator != '.' && DateOrder.MONTH_DAY_YEAR.toDate(first, second, third).isPresent()) {
            orders.add(DateOrder.MONTH_DAY_YEAR);
        }
        return orders;
    }

    /** The date under the given order, if valid. */
    Optional<LocalDate> date(DateOrder order) {
        if ((order == DateOrder.YEAR_MONTH_DAY) != (first >= 1000)) {
            return Optional.empty();
        }
        return order.toDate(first, second, third);
    }

    /** The date and time under the given order (midnight for a date only), if valid. */
    Optional<LocalDateTime> dateTime(DateOrder order) {
        return date(order).map(date -> date.atTime(time == null ? LocalTime.MIDNIGHT : time));
    }

    boolean hasTime() {
        return time != null;
    }
}
