package io.lucent.platform.forecasting.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Aggregates series scores per frequency and overall, as the M4 tables do: means over series of sMAPE, MASE,
 * coverage and MSIS, and OWA from the means relative to Naive2's on the same series.
 *
 * @param rows one row per group and method, groups in the order the frequencies appear, then ALL
 */
public record BenchSummary(List<Row> rows) {

    /** The reference method for OWA. */
    public static final String NAIVE2 = "naive2";

    /**
     * One line of the table.
     *
     * @param group         the frequency name or ALL
     * @param method        the method id
     * @param n             the number of series
     * @param smape         mean sMAPE
     * @param mase          mean MASE
     * @param owa           OWA against Naive2 (NaN without Naive2)
     * @param cov80         mean 80% coverage (NaN without intervals)
     * @param cov95         mean 95% coverage
     * @param msis          mean MSIS
     * @param seconds       summed single-thread seconds
     * @param fallbacks     how many series fell back to a simpler model
     * @param failures      how many series made the method throw
     */
    public record Row(String group, String method, int n, double smape, double mase, double owa, double cov80,
                      double cov95, double msis, double seconds, int fallbacks, int failures) {

        /**
         * Series per second on one core.
         *
         * @return n over the summed seconds
         */
        public double seriesPerSecond() {
            return seconds > 0 ? n / seconds : Double.NaN;
        }
    }

    /**
     * Builds the summary.
     *
     * @param scores  all scores
     * @param methods the methods in display order
     * @return the summary
     */
    public static BenchSummary of(List<SeriesScore> scores, List<String> methods) {
        Map<String, List<SeriesScore>> groups = new LinkedHashMap<>();
        for (SeriesScore s : scores) {
            groups.computeIfAbsent(s.frequency(), k -> new ArrayList<>()).add(s);
        }
        groups.put("ALL", scores);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<SeriesScore>> group : groups.entrySet()) {
            Row naive2 = aggregate(group.getKey(), NAIVE2, group.getValue(), null);
            for (String method : methods) {
                Row row = aggregate(group.getKey(), method, group.getValue(), naive2);
                if (row.n() > 0) {
                    rows.add(row);
                }
            }
        }
        return new BenchSummary(rows);
    }

    private static Row aggregate(String group, String method, List<SeriesScore> scores, Row naive2) {
        int n = 0;
        double smape = 0;
        double mase = 0;
        double seconds = 0;
        int fallbacks = 0;
        int failures = 0;
        double cov80 = 0;
        double cov95 = 0;
        double msis = 0;
        int intervals = 0;
        for (SeriesScore s : scores) {
            if (!s.method().equals(method)) {
                continue;
            }
            n++;
            smape += s.smape();
            mase += s.mase();
            seconds += s.seconds();
            fallbacks += s.status().equals("fallback") ? 1 : 0;
            failures += s.status().equals("failed") ? 1 : 0;
            if (!Double.isNaN(s.cov95())) {
                intervals++;
                cov80 += s.cov80();
                cov95 += s.cov95();
                msis += s.msis();
            }
        }
        if (n == 0) {
            return new Row(group, method, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    0, 0, 0);
        }
        smape /= n;
        mase /= n;
        double owa = naive2 != null && naive2.n() == n
                ? 0.5 * (smape / naive2.smape() + mase / naive2.mase()) : Double.NaN;
        double c80 = intervals == n ? cov80 / n : Double.NaN;
        double c95 = intervals == n ? cov95 / n : Double.NaN;
        double ms = intervals == n ? msis / n : Double.NaN;
        return new Row(group, method, n, smape, mase, owa, c80, c95, ms, seconds, fallbacks, failures);
    }

    /**
     * Prints the table in Markdown.
     *
     * @param out where to print
     */
    public void print(PrintStream out) {
        out.println("| group | method | n | sMAPE | MASE | OWA | cov80 | cov95 | MSIS | sum s | series/s (1 core) "
                + "| fallbacks | failures |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            out.println(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s | %s | %s | %.1f | %s | %d | %d |",
                    r.group(), r.method(), r.n(), num(r.smape()), num(r.mase()), num(r.owa()), num(r.cov80()),
                    num(r.cov95()), num(r.msis()), r.seconds(), rate(r.seriesPerSecond()), r.fallbacks(),
                    r.failures()));
        }
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String rate(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", v);
    }
}
