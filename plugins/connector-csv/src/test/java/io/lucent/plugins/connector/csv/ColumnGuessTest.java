package io.lucent.plugins.connector.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ColumnGuessTest {

    @Test
    void readsDayFirstDatesWhenADayAboveTwelveSettlesIt() {
        ColumnParser parser = guess("01/02/2024", "13/02/2024", "");

        assertThat(parser).isEqualTo(new ColumnParser(ColumnType.DATE, DateOrder.DAY_MONTH_YEAR));
        assertThat(parser.parse("01/02/2024")).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void readsMonthFirstDatesWhenADayAboveTwelveSettlesIt() {
        ColumnParser parser = guess("1/2/2024", "12/31/2024");

        assertThat(parser).isEqualTo(new ColumnParser(ColumnType.DATE, DateOrder.MONTH_DAY_YEAR));
        assertThat(parser.parse("1/2/2024")).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void keepsAmbiguousDatesAsText() {
        assertThat(guess("01/02/2024", "03/04/2024").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void keepsDatesThatContradictEachOtherAsText() {
        assertThat(guess("13/01/2024", "01/13/2024").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void readsDottedDatesDayFirst() {
        ColumnParser parser = guess("01.02.2024", "03.04.2024");

        assertThat(parser).isEqualTo(new ColumnParser(ColumnType.DATE, DateOrder.DAY_MONTH_YEAR));
    }

    @Test
    void readsTwoDigitYearsAtTheEnd() {
        ColumnParser parser = guess("03/01/19", "25/12/20", "1/2/99");

        assertThat(parser).isEqualTo(new ColumnParser(ColumnType.DATE, DateOrder.DAY_MONTH_YEAR));
        assertThat(parser.parse("25/12/20")).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(parser.parse("1/2/99")).isEqualTo(LocalDate.of(1999, 2, 1));
    }

    @Test
    void doesNotReadDottedTripletsWithTwoDigitEndsAsDates() {
        assertThat(guess("1.2.33", "1.13.10").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void readsIsoDates() {
        assertThat(guess("2024-01-02", "2024/12/31")).isEqualTo(new ColumnParser(ColumnType.DATE, DateOrder.YEAR_MONTH_DAY));
    }

    @Test
    void readsTimestampsIncludingMonthFirstExportsWithoutSeconds() {
        ColumnParser parser = guess("12/1/2010 8:26", "12/13/2010 17:05");

        assertThat(parser.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(parser.parse("12/1/2010 8:26")).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26));
    }

    @Test
    void readsIsoTimestampsWithFractionsAndDatesWithoutTimeAsMidnight() {
        ColumnParser parser = guess("2024-01-02T10:11:12.5", "2024-01-03");

        assertThat(parser.type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(parser.parse("2024-01-02T10:11:12.5")).isEqualTo(LocalDateTime.of(2024, 1, 2, 10, 11, 12, 500_000_000));
        assertThat(parser.parse("2024-01-03")).isEqualTo(LocalDateTime.of(2024, 1, 3, 0, 0));
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(guess("2024-02-30").type()).isEqualTo(ColumnType.TEXT);
        assertThat(guess("2024-01-01 25:00").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void prefersIntegerThenDecimal() {
        assertThat(guess("1", "-2", "+3").type()).isEqualTo(ColumnType.INTEGER);
        assertThat(guess("1", "2.5", "1e3", ".5").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(guess("1", "2,5")).isEqualTo(new ColumnParser(ColumnType.DECIMAL, null, NumberStyle.COMMA));
        assertThat(guess("1", "2,5", "3.5").type()).isEqualTo(ColumnType.TEXT);
        assertThat(guess("99999999999999999999").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(guess("NaN", "Infinity").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void readsBooleansInAnyCase() {
        ColumnParser parser = guess("TRUE", "false", "Yes", "no");

        assertThat(parser.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(parser.parse("Yes")).isEqualTo(true);
    }

    @Test
    void treatsABlankColumnAsText() {
        assertThat(guess("", " ").type()).isEqualTo(ColumnType.TEXT);
    }

    @Test
    void toleratesSurroundingSpacesInTypedValues() {
        ColumnParser parser = guess(" 12 ", "13");

        assertThat(parser.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(parser.parse(" 12 ")).isEqualTo(12L);
    }

    private static ColumnParser guess(String... values) {
        ColumnGuess guess = new ColumnGuess();
        for (String value : values) {
            guess.accept(value);
        }
        return guess.result();
    }
}
