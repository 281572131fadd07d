package io.lucent.platform.datasets.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Profile of one column. Numbers get min/max/mean/std/sum and quantiles; dates and timestamps a range (min/max);
 * text and booleans their most frequent values.
 *
 * @param name      column name
 * @param type      column type
 * @param count     non-missing values
 * @param missing   missing values
 * @param distinct  distinct non-missing values
 * @param min       smallest value (numbers, dates, timestamps, text)
 * @param max       largest value
 * @param mean      mean (numbers)
 * @param std       sample standard deviation (numbers)
 * @param sum       sum (numbers)
 * @param quantiles p05, p25, p50, p75, p95 (numbers)
 * @param topValues most frequent values with counts (text, booleans)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ColumnSummary(String name, String type, long count, long missing, long distinct, Object min, Object max, Double mean,
                            Double std, Double sum, Map<String, Double> quantiles, List<ValueCount> topValues) {

    /**
     * A value and how often it occurs.
     *
     * @param value the value
     * @param count its occurrences
     */
    public record ValueCount(Object value, long count) {
    }
}
