package io.lucent.plugins.connector.csv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4}|\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{1,2})"
                    + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?");

    /** Reads the shape of a trimmed value; empty if it is not date-like. */
    static Optional<DateTimeText> parse(String text) {
        if (text.length() < 6 || text.length() > 32) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        char separator = m.group(2).charAt(0);
        boolean yearFirst = m.group(1).length() == 4;
        boolean shortYear = !yearFirst && m.group(4).length() == 2 && separator != '.';
        boolean yearLast = m.group(4).length() == 4 || shortYear;
        if (yearFirst == yearLast) {
            return Optional.empty();
        }
        int third = Integer.parseInt(m.group(4));
        if (shortYear) {
            third += third < 50 ? 2000 : 1900;
        }
        LocalTime time = null;
        if (m.group(5) != null) {
            int hour = Integer.parseInt(m.group(5));
            int minute = Integer.parseInt(m.group(6));
            int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
            int nanos = m.group(8) == null ? 0 : Integer.parseInt((m.group(8) + "00000000").substring(0, 9));
            if (hour > 23 || minute > 59 || second > 59) {
                return Optional.empty();
            }
            time = LocalTime.of(hour, minute, second, nanos);
        }
        return Optional.of(new DateTimeText(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), third, separator, time));
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
