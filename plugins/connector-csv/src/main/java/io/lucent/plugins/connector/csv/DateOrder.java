package io.lucent.plugins.connector.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The order of year, month and day in a date written with three numbers. */
enum DateOrder {
    /** Year first, as in ISO 8601: {@code 2024-03-31}, {@code 2024/03/31}. */
    YEAR_MONTH_DAY,
    /** Day first, as in most of Europe: {@code 31/03/2024}, {@code 31.03.2024}. */
    DAY_MONTH_YEAR,
    /** Month first, as in the United States: {@code 03/31/2024}. */
    MONTH_DAY_YEAR;

    /** The date the three numbers make in this order, if they make a valid one. */
    Optional<LocalDate> toDate(int first, int second, int third) {
        try {
            return Optional.of(switch (this) {
                case YEAR_MONTH_DAY -> LocalDate.of(first, second, third);
                case DAY_MONTH_YEAR -> LocalDate.of(third, second, first);
                case MONTH_DAY_YEAR -> LocalDate.of(third, first, second);
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
