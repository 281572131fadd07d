package io.lucent.platform.forecasting.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.datasets.DatasetColumn;
import io.lucent.platform.errors.LucentException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Column mapping defaults, frequency detection and calendar periods of the time-series view. */
class SeriesViewTest {

    private static final List<DatasetColumn> COLUMNS = List.of(DatasetColumn.of("date", ColumnType.DATE),
            DatasetColumn.of("ENTITY_ID", ColumnType.TEXT), DatasetColumn.of("entity_name", ColumnType.TEXT),
            DatasetColumn.of("volume", ColumnType.DECIMAL), DatasetColumn.of("Revenue", ColumnType.DECIMAL));

    @Test
    void theDefaultColumnsMatchWhateverTheirCase() {
        ColumnMapping.Resolved resolved = ColumnMapping.DEFAULTS.resolve(COLUMNS);

        assertThat(resolved).isEqualTo(new ColumnMapping.Resolved("date", "ENTITY_ID", java.util.Optional.of("entity_name"), "volume"));
        assertThat(new ColumnMapping(null, null, null, "revenue").resolve(COLUMNS).value()).isEqualTo("Revenue");
    }

    @Test
    void rowsOfOnePeriodAreCombinedByTheDuplicateRule() {
        List<Double> rows = java.util.Arrays.asList(4.0, Double.NaN, 2.0);

        assertThat(DatasetSeriesReader.combine(rows, "sum")).isEqualTo(6.0);
        assertThat(DatasetSeriesReader.combine(rows, "mean")).isEqualTo(3.0);
        assertThat(DatasetSeriesReader.combine(rows, "first")).isEqualTo(4.0);
        assertThat(DatasetSeriesReader.combine(rows, "last")).isEqualTo(2.0);
        assertThat(DatasetSeriesReader.combine(rows, "drop")).isNaN();
        assertThat(DatasetSeriesReader.combine(List.of(5.0), "drop")).isEqualTo(5.0);
        assertThat(DatasetSeriesReader.combine(null, "sum")).isNaN();
        assertThatThrownBy(() -> new ColumnMapping(null, null, null, null, "median").resolve(COLUMNS))
                .isInstanceOf(LucentException.class).hasMessageContaining("duplicates");
    }

    @Test
    void aMissingColumnIsA400ListingTheDatasetColumns() {
        assertThatThrownBy(() -> new ColumnMapping(null, null, null, "Units").resolve(COLUMNS))
                .isInstanceOf(LucentException.class)
                .hasMessageContaining("'Units'").hasMessageContaining("[date, ENTITY_ID, entity_name, volume, Revenue]");
    }

    @Test
    void detectsEachFrequencyFromTheMedianGap() {
        assertThat(FrequencyDetector.detect(times(LocalDateTime.of(2024, 1, 1, 0, 0), 30, 0, 1))).isEqualTo(Frequency.HOURLY);
        assertThat(FrequencyDetector.detect(times(LocalDateTime.of(2024, 1, 1, 0, 0), 30, 1, 0))).isEqualTo(Frequency.DAILY);
        assertThat(FrequencyDetector.detect(times(LocalDateTime.of(2024, 1, 1, 0, 0), 30, 7, 0))).isEqualTo(Frequency.WEEKLY);
        TreeSet<LocalDateTime> monthEnds = new TreeSet<>();
        IntStream.range(0, 24).forEach(m -> monthEnds.add(LocalDateTime.of(2022, 1, 31, 0, 0).plusMonths(m)));
        assertThat(FrequencyDetector.detect(monthEnds)).isEqualTo(Frequency.MONTHLY);
        TreeSet<LocalDateTime> quarters = new TreeSet<>();
        IntStream.range(0, 12).forEach(q -> quarters.add(LocalDateTime.of(2020, 1, 1, 0, 0).plusMonths(3L * q)));
        assertThat(FrequencyDetector.detect(quarters)).isEqualTo(Frequency.QUARTERLY);
        TreeSet<LocalDateTime> years = new TreeSet<>();
        IntStream.range(0, 8).forEach(y -> years.add(LocalDateTime.of(2010, 6, 1, 0, 0).plusYears(y)));
        assertThat(FrequencyDetector.detect(years)).isEqualTo(Frequency.YEARLY);
        assertThat(FrequencyDetector.detect(new TreeSet<>(List.of(LocalDateTime.of(2024, 1, 1, 0, 0))))).isEqualTo(Frequency.OTHER);
    }

    @Test
    void periodsStartOnTheCalendarAndWeeksKeepTheDataWeekday() {
        LocalDateTime origin = LocalDateTime.of(2024, 1, 3, 0, 0);
        assertThat(Calendars.periodStart(LocalDateTime.of(2024, 5, 17, 13, 0), Frequency.MONTHLY, origin)).isEqualTo(LocalDateTime.of(2024, 5, 1, 0, 0));
        assertThat(Calendars.periodStart(LocalDateTime.of(2024, 5, 17, 13, 0), Frequency.QUARTERLY, origin)).isEqualTo(LocalDateTime.of(2024, 4, 1, 0, 0));
        assertThat(Calendars.periodStart(LocalDateTime.of(2024, 1, 12, 9, 0), Frequency.WEEKLY, origin)).isEqualTo(LocalDateTime.of(2024, 1, 10, 0, 0));
        assertThat(Calendars.step(LocalDateTime.of(2024, 1, 31, 0, 0), Frequency.MONTHLY, 1)).isEqualTo(LocalDateTime.of(2024, 2, 29, 0, 0));
    }

    private static TreeSet<LocalDateTime> times(LocalDateTime start, int count, int days, int hours) {
        TreeSet<LocalDateTime> set = new TreeSet<>();
        IntStream.range(0, count).forEach(i -> set.add(start.plusDays((long) days * i).plusHours((long) hours * i)));
        return set;
    }

    @Test
    void dataEvenlySpacedByDaysOfNoStandardFrequencyKeepsItsSpacing() throws Exception {
        try (java.sql.Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.Statement statement = duck.createStatement()) {
            statement.execute("CREATE TABLE data AS SELECT DATE '2024-01-01' + INTERVAL (3 * i) DAY AS Date, 'A' AS Entity_ID, i * 1.0 AS Volume"
                    + " FROM range(0, 5) t(i) WHERE i <> 2");

            SeriesSet set = DatasetSeriesReader.read(duck, "test", ColumnMapping.DEFAULTS.resolve(List.of(DatasetColumn.of("Date", ColumnType.DATE),
                    DatasetColumn.of("Entity_ID", ColumnType.TEXT), DatasetColumn.of("Volume", ColumnType.DECIMAL))), java.util.Optional.empty());

            EntitySeries series = set.entity("A");
            assertThat(set.frequency()).isEqualTo(Frequency.OTHER);
            assertThat(series.periods()).extracting(LocalDateTime::getDayOfMonth).containsExactly(1, 4, 7, 10, 13);
            assertThat(series.values()).hasSize(5).startsWith(0, 1).endsWith(3, 4);
            assertThat(series.values()[2]).as("the period without a row").isNaN();
            assertThat(series.future(2)).extracting(LocalDateTime::getDayOfMonth).containsExactly(16, 19);
        }
        assertThat(Calendars.commonStepDays(List.of(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 1, 5, 0, 0),
                LocalDateTime.of(2024, 1, 11, 0, 0)))).isEqualTo(2);
        assertThat(Calendars.commonStepDays(List.of())).isEqualTo(1);
    }
}
