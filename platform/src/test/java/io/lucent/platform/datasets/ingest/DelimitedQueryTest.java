package io.lucent.platform.datasets.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.data.ColumnType;
import io.lucent.plugin.api.data.DelimitedColumn;
import io.lucent.plugin.api.data.DelimitedLayout;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DuckDB query for a described delimited file reads what the connector reads, or fails. */
class DelimitedQueryTest {

    private static final List<String> ISO = List.of("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d");
    private static final List<String> DAY_FIRST = List.of("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y");

    @TempDir
    Path directory;

    private Connection duckdb;

    @BeforeEach
    void open() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
    }

    @AfterEach
    void close() throws SQLException {
        duckdb.close();
    }

    @Test
    void readsEveryTypeAndTreatsBlankFieldsAsMissing() throws Exception {
        DelimitedLayout layout = layout(',', '.', column("id", ColumnType.INTEGER), column("price", ColumnType.DECIMAL),
                column("active", ColumnType.BOOLEAN), new DelimitedColumn("day", ColumnType.DATE, ISO),
                new DelimitedColumn("at", ColumnType.TIMESTAMP, List.of("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M")), column("name", ColumnType.TEXT));

        List<List<Object>> rows = read(layout, "id,price,active,day,at,name\n"
                + "1,9.5,true,2024-01-31,2024-01-31 08:15:00,\"Binders, large\"\n"
                + "-2,-3,No,2024/2/9,2024-02-29T23:59,  \n"
                + ",,,,,\n");

        assertThat(rows).containsExactly(
                List.of(1L, 9.5, true, LocalDate.of(2024, 1, 31), LocalDateTime.of(2024, 1, 31, 8, 15), "Binders, large"),
                Arrays.asList(-2L, -3.0, false, LocalDate.of(2024, 2, 9), LocalDateTime.of(2024, 2, 29, 23, 59), null),
                Arrays.asList(null, null, null, null, null, null));
    }

    @Test
    void readsDecimalCommasAndDayFirstDates() throws Exception {
        DelimitedLayout layout = layout(';', ',', new DelimitedColumn("day", ColumnType.DATE, DAY_FIRST), column("amount", ColumnType.DECIMAL));

        assertThat(read(layout, "day;amount\n31/01/2024;1,5\n1.2.2024;-0,25\n"))
                .containsExactly(List.of(LocalDate.of(2024, 1, 31), 1.5), List.of(LocalDate.of(2024, 2, 1), -0.25));
    }

    @Test
    void readsTwoDigitYearsAndFractionsOfSeconds() throws Exception {
        DelimitedLayout layout = layout(',', '.', new DelimitedColumn("day", ColumnType.DATE, List.of("%d/%m/%y", "%d/%m/%Y")),
                new DelimitedColumn("at", ColumnType.TIMESTAMP, List.of("%m-%d-%Y %H:%M:%S.%f", "%m-%d-%Y")));

        assertThat(read(layout, "day,at\n05/03/24,03-05-2024 7:08:09.25\n5/3/67,12-31-1999\n")).containsExactly(
                List.of(LocalDate.of(2024, 3, 5), LocalDateTime.of(2024, 3, 5, 7, 8, 9, 250_000_000)),
                List.of(LocalDate.of(1967, 3, 5), LocalDateTime.of(1999, 12, 31, 0, 0)));
    }

    @Test
    void failsOnAnImpossibleDate() {
        assertThatThrownBy(() -> read(layout(',', '.', new DelimitedColumn("day", ColumnType.DATE, DAY_FIRST)), "day\n30/02/2024\n"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void failsOnAnHourOf24RatherThanReadingTheNextDay() {
        assertThatThrownBy(() -> read(layout(',', '.', new DelimitedColumn("at", ColumnType.TIMESTAMP, List.of("%d/%m/%Y %H:%M:%S"))),
                "at\n31/01/2024 24:00:00\n")).isInstanceOf(SQLException.class);
    }

    @Test
    void failsRatherThanRoundingAFractionInAWholeNumberColumn() throws Exception {
        assertThatThrownBy(() -> read(layout(',', '.', column("units", ColumnType.INTEGER)), "units\n1\n1.5\n"))
                .isInstanceOf(SQLException.class).hasMessageContaining("units");
    }

    @Test
    void failsOnAWholeNumberWithALeadingZero() {
        assertThatThrownBy(() -> read(layout(',', '.', column("code", ColumnType.INTEGER)), "code\n12\n007\n"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void failsOnATwoDigitYearRatherThanReadingTheYear24() {
        assertThatThrownBy(() -> read(layout(',', '.', new DelimitedColumn("day", ColumnType.DATE, DAY_FIRST)), "day\n05/03/2024\n05/03/24\n"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void failsOnARecordWithTheWrongNumberOfFields() {
        assertThatThrownBy(() -> read(layout(',', '.', column("a", ColumnType.TEXT), column("b", ColumnType.TEXT)), "a,b\nx,y\nz\n"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void failsOnAnUnexpectedBooleanSpelling() {
        assertThatThrownBy(() -> read(layout(',', '.', column("flag", ColumnType.BOOLEAN)), "flag\ntrue\n1\n"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void readsNumbersGroupedWithTheDescribedThousandsSeparator() throws Exception {
        DelimitedLayout layout = grouped(';', ',', '.', column("amount", ColumnType.DECIMAL), column("units", ColumnType.INTEGER));

        assertThat(read(layout, "amount;units\n1.234.567,89;1.200\n-12,5;-7\n0,25;0\n1234,5;+3\n,5;\n1.234,;12.345\n"))
                .containsExactly(List.of(1234567.89, 1200L), List.of(-12.5, -7L), List.of(0.25, 0L), List.of(1234.5, 3L),
                        Arrays.asList(0.5, null), List.of(1234.0, 12345L));
    }

    @Test
    void readsCommaGroupedNumbersWithADecimalPointAndSpaceGroupedOnes() throws Exception {
        assertThat(read(grouped(',', '.', ',', column("amount", ColumnType.DECIMAL)), "amount\n\"1,234.5\"\n2.5e3\n"))
                .containsExactly(List.of(1234.5), List.of(2500.0));
        assertThat(read(grouped(';', ',', ' ', column("amount", ColumnType.DECIMAL)), "amount\n1 234,5\n 12,5 \n"))
                .containsExactly(List.of(1234.5), List.of(12.5));
    }

    @Test
    void failsOnNumbersGroupedOtherwiseThanTheConnectorReads() {
        for (String value : List.of("1.23.456", "0.123", "01.234", "1.234e3", "1 234", "1.2345", "12,5.0", "1e999")) {
            assertThatThrownBy(() -> read(grouped(';', ',', '.', column("amount", ColumnType.DECIMAL)), "amount\n" + value + "\n"))
                    .as(value).isInstanceOf(SQLException.class).hasMessageContaining("amount");
        }
        for (String value : List.of("1.234,5", "007", "1.23", "99.999.999.999.999.999.999")) {
            assertThatThrownBy(() -> read(grouped(';', ',', '.', column("units", ColumnType.INTEGER)), "units\n" + value + "\n"))
                    .as(value).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void leavesAThousandsSeparatorThatIsTheDecimalSeparatorToTheBatches() {
        DelimitedLayout layout = grouped(';', ',', ',', column("amount", ColumnType.DECIMAL));

        assertThat(DelimitedQuery.of(layout, directory.resolve("any.csv"))).isEmpty();
    }

    @Test
    void skipsTheDescribedLeadingLines() throws Exception {
        DelimitedLayout layout = new DelimitedLayout(StandardCharsets.UTF_8, 0, 1, ';', '"', '"', true, '.', Optional.empty(),
                List.of(column("a", ColumnType.INTEGER), column("b", ColumnType.TEXT)));

        assertThat(read(layout, "sep=;\na;b\n1;x\n")).containsExactly(List.of(1L, "x"));
    }

    private List<List<Object>> read(DelimitedLayout layout, String content) throws IOException, SQLException {
        Path file = Files.writeString(Files.createTempFile(directory, "file-", ".csv"), content, StandardCharsets.UTF_8);
        String query = DelimitedQuery.of(layout, file).orElseThrow();
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = duckdb.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    Object value = result.getObject(c);
                    row.add(value instanceof java.sql.Date date ? date.toLocalDate()
                            : value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static DelimitedLayout layout(char delimiter, char decimal, DelimitedColumn... columns) {
        return new DelimitedLayout(StandardCharsets.UTF_8, 0, 0, delimiter, '"', '"', true, decimal, Optional.empty(), List.of(columns));
    }

    private static DelimitedLayout grouped(char delimiter, char decimal, char thousands, DelimitedColumn... columns) {
        return new DelimitedLayout(StandardCharsets.UTF_8, 0, 0, delimiter, '"', '"', true, decimal, Optional.of(thousands),
                List.of(columns));
    }

    private static DelimitedColumn column(String name, ColumnType type) {
        return new DelimitedColumn(name, type, List.of());
    }
}
