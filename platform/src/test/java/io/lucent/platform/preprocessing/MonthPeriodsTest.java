package io.lucent.platform.preprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.EntitySeries;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Aggregation to periods of N calendar months: period arithmetic, labels, frequencies and the series that do not fit. */
class MonthPeriodsTest {

    private static final double N = Double.NaN;

    /** One value of 1 per day from {@code first} to {@code last} inclusive, so a period's sum counts its days. */
    private static EntitySeries onesPerDay(LocalDate first, LocalDate last) {
        List<LocalDateTime> days = first.datesUntil(last.plusDays(1)).map(LocalDate::atStartOfDay).toList();
        double[] ones = new double[days.size()];
        Arrays.fill(ones, 1);
        return new EntitySeries("e", "E", days, ones, Frequency.DAILY);
    }

    private static EntitySeries monthsApart(LocalDate first, int months, Frequency frequency, double... values) {
        List<LocalDateTime> periods = IntStream.range(0, values.length).mapToObj(i -> first.plusMonths((long) months * i).atStartOfDay()).toList();
        return new EntitySeries("e", "E", periods, values, frequency);
    }

    private static EntitySeries months(EntitySeries series, int every, String anchor, String how) {
        return SeriesTransforms.apply(series, Step.aggregateEvery(every, "months", anchor, how)).series();
    }

    private static List<LocalDate> dates(EntitySeries series) {
        return series.periods().stream().map(LocalDateTime::toLocalDate).toList();
    }

    @Test
    void twoMonthPeriodsOfALeapYearCountTheirDaysAndStartOnTheFirstOfOddMonths() {
        EntitySeries twoMonths = months(onesPerDay(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), 2, null, "sum");

        assertThat(dates(twoMonths)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 1));
        assertThat(twoMonths.values()).containsExactly(31 + 29, 31 + 30, 31 + 30, 31 + 31, 30 + 31, 30 + 31);
        assertThat(twoMonths.frequency()).isEqualTo(Frequency.OTHER);
        assertThat(twoMonths.spacing().describe()).isEqualTo("2 months");
        assertThat(twoMonths.seasonalPeriod()).isEqualTo(6);
        assertThat(twoMonths.future(2)).extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 1));
        assertThat(months(onesPerDay(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 28)), 2, null, "sum").values())
                .as("January and February of a common year").containsExactly(59);
    }

    @Test
    void theAnchorsDayIsIgnoredAndPartialFirstAndLastPeriodsKeepTheDataTheyHave() {
        EntitySeries halfYears = months(onesPerDay(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 11, 5)), 6, "2024-04-15", "sum");

        assertThat(dates(halfYears)).containsExactly(LocalDate.of(2023, 10, 1), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 1));
        assertThat(halfYears.values()).containsExactly(20 + 31, 30 + 31 + 30 + 31 + 31 + 30, 31 + 5);
        assertThat(halfYears.seasonalPeriod()).isEqualTo(2);
        assertThat(dates(months(onesPerDay(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 5)), 6, "1999-04-30", "sum")))
                .as("an anchor years before the data").containsExactly(LocalDate.of(2023, 10, 1));
        assertThat(dates(months(onesPerDay(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 5)), 6, null, "sum")))
                .as("without an anchor: half-years of the calendar").containsExactly(LocalDate.of(2024, 1, 1));
    }

    @Test
    void meanAndLastCombineTheValuesPresentInEachPeriod() {
        List<LocalDateTime> days = List.of(LocalDate.of(2024, 1, 30).atStartOfDay(), LocalDate.of(2024, 1, 31).atStartOfDay(),
                LocalDate.of(2024, 2, 1).atStartOfDay(), LocalDate.of(2024, 2, 2).atStartOfDay(), LocalDate.of(2024, 2, 3).atStartOfDay());
        EntitySeries gappy = new EntitySeries("e", "E", days, new double[] {2, 4, 6, 8, N}, Frequency.DAILY);

        assertThat(months(gappy, 1, null, "mean").values()).containsExactly(3, 7);
        assertThat(months(gappy, 1, null, "last").values()).as("the last present value").containsExactly(4, 8);
        assertThat(months(gappy, 1, null, "sum").frequency()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void aWeekGoesToThePeriodItsFirstDayFallsIn() {
        // Mondays from 2024-01-29 to 2024-05-27; the week of Feb 26th ends in March, the week of Apr 29th in May.
        List<LocalDateTime> mondays = IntStream.range(0, 18).mapToObj(i -> LocalDate.of(2024, 1, 29).plusWeeks(i).atStartOfDay()).toList();
        double[] ones = new double[mondays.size()];
        Arrays.fill(ones, 1);
        EntitySeries weekly = new EntitySeries("e", "E", mondays, ones, Frequency.WEEKLY);

        EntitySeries twoMonths = months(weekly, 2, null, "sum");

        assertThat(dates(twoMonths)).containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1));
        assertThat(twoMonths.values()).as("Jan 29 + four February Mondays; four March + five April; four May").containsExactly(5, 9, 4);
    }

    @Test
    void hoursAtAMonthsEndAndTheLeapDayBelongToTheirOwnMonth() {
        List<LocalDateTime> hours = List.of(LocalDateTime.of(2024, 2, 29, 23, 0), LocalDateTime.of(2024, 3, 1, 0, 0),
                LocalDateTime.of(2024, 3, 1, 1, 0));
        EntitySeries hourly = new EntitySeries("e", "E", hours, new double[] {1, 10, 100}, Frequency.HOURLY);

        EntitySeries fromMarch = months(hourly, 2, "2024-03-31", "sum");

        assertThat(fromMarch.periods()).containsExactly(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 3, 1, 0, 0));
        assertThat(fromMarch.values()).containsExactly(1, 110);
    }

    @Test
    void threeMonthsAreQuarterlyAndTwelveYearlyEvenOffTheCalendar() {
        EntitySeries fiscal = onesPerDay(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 1, 31));

        EntitySeries quarters = months(fiscal, 3, "2023-02-01", "sum");
        EntitySeries years = months(fiscal, 12, "2023-04-01", "sum");

        assertThat(quarters.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(dates(quarters)).startsWith(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 1)).endsWith(LocalDate.of(2024, 11, 1));
        assertThat(quarters.seasonalPeriod()).isEqualTo(4);
        assertThat(years.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(dates(years)).containsExactly(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1));
        assertThat(years.values()).containsExactly(28 + 31, 366, 306);
        assertThat(months(fiscal, 4, null, "sum").seasonalPeriod()).isEqualTo(3);
        assertThat(months(fiscal, 5, null, "sum").seasonalPeriod()).as("five months make no whole year").isEqualTo(1);
        assertThat(months(fiscal, 24, null, "sum").seasonalPeriod()).isEqualTo(1);
    }

    @Test
    void seriesAlreadyInMonthsGoIntoLargerMultiplesStartingWithOneOfTheirPeriods() {
        EntitySeries monthly = monthsApart(LocalDate.of(2024, 1, 1), 1, Frequency.MONTHLY, 1, 2, 3, 4, 5, 6, 7, 8);
        EntitySeries quarterly = monthsApart(LocalDate.of(2023, 1, 1), 3, Frequency.QUARTERLY, 1, 2, 3, 4, 5, 6);
        EntitySeries fiscalQuarters = monthsApart(LocalDate.of(2023, 2, 1), 3, Frequency.QUARTERLY, 1, 2, 3, 4, 5);

        assertThat(months(monthly, 6, null, "sum").values()).containsExactly(1 + 2 + 3 + 4 + 5 + 6, 7 + 8);
        assertThat(months(quarterly, 6, null, "sum").values()).containsExactly(3, 7, 11);
        assertThat(months(quarterly, 12, null, "mean").frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(dates(months(fiscalQuarters, 6, null, "sum"))).as("no anchor: from the series' own first quarter")
                .containsExactly(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 8, 1), LocalDate.of(2024, 2, 1));

        assertThatThrownBy(() -> months(quarterly, 2, null, "sum")).isInstanceOf(LucentException.class)
                .hasMessageContaining("quarterly").hasMessageContaining("larger multiple of 3 months");
        assertThatThrownBy(() -> months(quarterly, 4, null, "sum")).hasMessageContaining("larger multiple of 3 months");
        assertThatThrownBy(() -> months(quarterly, 3, null, "sum")).hasMessageContaining("larger multiple");
        assertThatThrownBy(() -> months(monthly, 1, null, "sum")).hasMessageContaining("monthly");
        assertThatThrownBy(() -> months(quarterly, 6, "2024-02-01", "sum")).hasMessageContaining("January, April, July or October")
                .hasMessageContaining("anchor");
    }

    @Test
    void periodsOfMonthsOnlyGoIntoCoarserPeriodsTheyFitWhole() {
        EntitySeries twoMonths = months(onesPerDay(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)), 2, null, "sum");

        EntitySeries yearly = SeriesTransforms.apply(twoMonths, new Step("aggregate", null, null, null, null, null, null, null, null, "yearly",
                "sum")).series();

        assertThat(yearly.values()).containsExactly(366, 365);
        assertThat(months(twoMonths, 6, null, "sum").values()).startsWith(182);
        assertThatThrownBy(() -> SeriesTransforms.apply(twoMonths, new Step("aggregate", null, null, null, null, null, null, null, null,
                "quarterly", "sum"))).hasMessageContaining("periods of 2 months");
        assertThatThrownBy(() -> SeriesTransforms.apply(twoMonths, new Step("aggregate", null, null, null, null, null, null, null, null,
                "weekly", "sum"))).hasMessageContaining("coarser frequency than periods of 2 months");
        assertThatThrownBy(() -> SeriesTransforms.apply(twoMonths, Step.aggregateEvery(10, "weeks", null, "sum")))
                .hasMessageContaining("in periods of 2 months");
        assertThatThrownBy(() -> months(twoMonths, 3, null, "sum")).hasMessageContaining("larger multiple of 2 months");
    }

    @Test
    void refusesLengthsUnitsAnchorsAndSourcesThatDoNotFit() {
        EntitySeries daily = onesPerDay(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        List<LocalDateTime> longPeriods = IntStream.range(0, 4).mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays(35L * i).atStartOfDay()).toList();
        EntitySeries fiveWeeks = new EntitySeries("e", "E", longPeriods, new double[] {1, 2, 3, 4}, Frequency.OTHER);

        assertThatThrownBy(() -> months(daily, 0, null, "sum")).isInstanceOf(LucentException.class).hasMessageContaining("from 1 to 120");
        assertThatThrownBy(() -> months(daily, 121, null, "sum")).hasMessageContaining("from 1 to 120");
        assertThatThrownBy(() -> SeriesTransforms.apply(daily, Step.aggregateEvery(2, "fortnights", null, "sum")))
                .hasMessageContaining("days, weeks or months");
        assertThatThrownBy(() -> months(daily, 2, "April 2024", "sum")).hasMessageContaining("anchor").hasMessageContaining("2024-04-01");
        assertThatThrownBy(() -> months(daily, 2, null, "median")).hasMessageContaining("how");
        assertThatThrownBy(() -> months(fiveWeeks, 2, null, "sum")).hasMessageContaining("periods of 35 days")
                .hasMessageContaining("shorter than a month");
        assertThat(months(daily, 120, null, "sum").periods()).containsExactly(LocalDate.of(2024, 1, 1).atStartOfDay());
        assertThat(months(daily, 1, null, "sum").spacing().unit()).isEqualTo(ChronoUnit.MONTHS);
    }
}
