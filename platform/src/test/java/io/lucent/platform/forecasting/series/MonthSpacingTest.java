package io.lucent.platform.forecasting.series;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.datasets.DatasetColumn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Series whose periods are whole months apart (as aggregation to periods of N months stores them) read back with
 * their spacing, their own first months and the yearly cycle as seasonal period.
 */
class MonthSpacingTest {

    private static final ColumnMapping.Resolved COLUMNS = ColumnMapping.DEFAULTS.resolve(List.of(DatasetColumn.of("Date", ColumnType.DATE),
            DatasetColumn.of("Entity_ID", ColumnType.TEXT), DatasetColumn.of("Volume", ColumnType.DECIMAL)));

    /** Reads rows "date,entity,value" through DuckDB as the dataset view does, with the frequency detected or given. */
    private static SeriesSet read(Optional<Frequency> frequency, String... rows) throws Exception {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = duck.createStatement()) {
            statement.execute("CREATE TABLE data (Date DATE, Entity_ID VARCHAR, Volume DOUBLE)");
            for (String row : rows) {
                String[] cells = row.split(",");
                statement.execute("INSERT INTO data VALUES (DATE '" + cells[0] + "', '" + cells[1] + "', " + cells[2] + ")");
            }
            return DatasetSeriesReader.read(duck, "test", COLUMNS, frequency);
        }
    }

    private static List<LocalDate> dates(List<LocalDateTime> periods) {
        return periods.stream().map(LocalDateTime::toLocalDate).toList();
    }

    @Test
    void twoMonthPeriodsReadBackTwoMonthsApartWithAGapAsMissing() throws Exception {
        SeriesSet set = read(Optional.empty(), "2023-11-01,A,1", "2024-01-01,A,2", "2024-05-01,A,4", "2024-07-01,B,9");

        EntitySeries a = set.entity("A");
        assertThat(set.frequency()).isEqualTo(Frequency.OTHER);
        assertThat(dates(a.periods())).containsExactly(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 1));
        assertThat(a.values()[2]).as("March-April had no row").isNaN();
        assertThat(a.spacing()).isEqualTo(new Spacing(ChronoUnit.MONTHS, 2));
        assertThat(a.seasonalPeriod()).isEqualTo(6);
        assertThat(dates(a.future(3))).containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 11, 1));
        assertThat(a.toTimeSeries().seasonalPeriod()).as("fewer than two cycles of 6").isEqualTo(1);
        assertThat(read(Optional.of(Frequency.OTHER), "2023-11-01,A,1", "2024-01-01,A,2").entity("A").periods())
                .as("the stored frequency 'other' (as a forecast task reads it) keeps the spacing").hasSize(2);
    }

    @Test
    void theSeasonalPeriodOfNMonthsIsTheYearsNumberOfThemWhenNDividesTwelve() {
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 0, 0);
        for (int[] monthsAndPeriod : new int[][] {{2, 6}, {4, 3}, {6, 2}, {5, 1}, {24, 1}}) {
            List<LocalDateTime> starts = List.of(start, start.plusMonths(monthsAndPeriod[0]), start.plusMonths(2L * monthsAndPeriod[0]));
            assertThat(Spacing.seasonalPeriod(Frequency.OTHER, starts)).as("%d months", monthsAndPeriod[0]).isEqualTo(monthsAndPeriod[1]);
        }
        assertThat(Spacing.seasonalPeriod(Frequency.QUARTERLY, List.of())).isEqualTo(4);
        assertThat(Spacing.fromStarts(List.of(start, start.plusDays(10), start.plusDays(20)))).isEqualTo(new Spacing(ChronoUnit.DAYS, 10));
        assertThat(Spacing.fromStarts(List.of(LocalDateTime.of(2024, 1, 31, 0, 0), LocalDateTime.of(2024, 3, 31, 0, 0))).unit())
                .as("the 31st is not in every month").isEqualTo(ChronoUnit.DAYS);
        assertThat(Spacing.fromStarts(List.of(start))).isEqualTo(new Spacing(ChronoUnit.DAYS, 1));
    }

    @Test
    void quartersAndYearsOffTheCalendarKeepTheirOwnFirstMonths() throws Exception {
        SeriesSet fiscalQuarters = read(Optional.empty(), "2023-02-01,A,1", "2023-05-01,A,2", "2023-08-01,A,3", "2023-11-01,A,4",
                "2024-02-01,A,5");
        SeriesSet fiscalYears = read(Optional.empty(), "2022-04-01,A,1", "2023-04-01,A,2", "2024-04-01,A,3");

        assertThat(fiscalQuarters.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(dates(fiscalQuarters.entity("A").periods())).startsWith(LocalDate.of(2023, 2, 1)).endsWith(LocalDate.of(2024, 2, 1))
                .hasSize(5);
        assertThat(dates(fiscalQuarters.entity("A").future(1))).containsExactly(LocalDate.of(2024, 5, 1));
        assertThat(fiscalYears.frequency()).isEqualTo(Frequency.YEARLY);
        assertThat(dates(fiscalYears.entity("A").periods())).containsExactly(LocalDate.of(2022, 4, 1), LocalDate.of(2023, 4, 1),
                LocalDate.of(2024, 4, 1));
        assertThat(dates(read(Optional.of(Frequency.QUARTERLY), "2023-02-01,A,1", "2023-05-01,A,2").entity("A").periods()))
                .as("also when the frequency is given").containsExactly(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 5, 1));
    }

    @Test
    void dataNotOnItsOwnGridOfQuartersStillGoesToCalendarQuarters() throws Exception {
        SeriesSet monthly = read(Optional.of(Frequency.QUARTERLY), "2023-02-01,A,1", "2023-03-01,A,2", "2023-04-01,A,4");
        SeriesSet quarterEnds = read(Optional.empty(), "2023-03-31,A,1", "2023-06-30,A,2", "2023-09-30,A,3", "2023-12-31,A,4");

        assertThat(dates(monthly.entity("A").periods())).containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1));
        assertThat(monthly.entity("A").values()).containsExactly(3, 4);
        assertThat(quarterEnds.frequency()).isEqualTo(Frequency.QUARTERLY);
        assertThat(dates(quarterEnds.entity("A").periods())).containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 7, 1), LocalDate.of(2023, 10, 1));
    }
}
