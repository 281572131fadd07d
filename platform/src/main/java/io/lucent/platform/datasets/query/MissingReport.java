package io.lucent.platform.datasets.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Missing values per column, and for data with a date column, per period over time.
 *
 * @param rowCount   rows
 * @param columns    missing values per column
 * @param dateColumn the date column used for the time view, if any
 * @param period     day, week, month or year (chosen from the date span), if any
 * @param overTime   per period: rows and missing values per column (columns with none are left out)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingReport(long rowCount, List<ColumnMissing> columns, String dateColumn, String period, List<PeriodMissing> overTime) {

    /**
     * @param name    column
     * @param missing missing values
     * @param share   missing values as a share of rows (0..1)
     */
    public record ColumnMissing(String name, long missing, double share) {
    }

    /**
     * @param period  the period's first day (ISO)
     * @param rows    rows in the period
     * @param missing missing values per column in the period
     */
    public record PeriodMissing(String period, long rows, Map<String, Long> missing) {
    }
}
