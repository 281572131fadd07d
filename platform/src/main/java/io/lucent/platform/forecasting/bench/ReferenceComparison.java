package io.lucent.platform.forecasting.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Our benchmark scores side by side with another tool's per-series results on the same series: per frequency and
 * overall, each of our methods against its counterpart (for example our {@code arima} against R's
 * {@code auto.arima}) and every other method of ours against the reference's best method in that group. Both
 * sides' OWA use the same Naive2 (the reference's when it has one for the series, else ours) and only the series
 * both sides ran, so the numbers are directly comparable.
 *
 * @param naive2Source whose Naive2 the OWA values are relative to: {@code reference} or {@code ours}
 * @param seriesInBoth how many series have results on both sides
 * @param rows         one row per group and comparison, groups in the order of the scores, then ALL
 */
public record ReferenceComparison(String naive2Source, int seriesInBoth, List<Row> rows) {

    /**
     * One comparison in one group.
     *
     * @param group          the frequency name or ALL
     * @param ours           our method id
     * @param reference      the reference's method name
     * @param best           whether the reference method is the best of the reference in this group (rather
     *                       than the named counterpart)
     * @param n              the number of series compared
     * @param owa            our OWA
     * @param referenceOwa   the reference method's OWA
     * @param cov95          our mean 95% coverage (NaN without intervals)
     * @param referenceCov95 the reference's mean 95% coverage (NaN when not given)
     * @param speed          our series per second on one core
     * @param referenceSpeed the reference's series per second on one core (NaN when not given)
     */
    public record Row(String group, String ours, String reference, boolean best, int n, double owa,
                      double referenceOwa, double cov95, double referenceCov95, double speed, double referenceSpeed) {

        /**
         * How much lower (negative) or higher our OWA is, relative to the reference's.
         *
         * @return {@code owa / referenceOwa - 1}
         */
        public double difference() {
            return owa / referenceOwa - 1;
        }

        /**
         * How many times faster we are per series on one core.
         *
         * @return our speed over the reference's, NaN when either is unknown
         */
        public double speedRatio() {
            return speed / referenceSpeed;
        }
    }

    /** One side's numbers over a set of series. */
    private record Means(int n, double smape, double mase, double cov95, double seconds) {

        double owa(Means naive2) {
            return 0.5 * (smape / naive2.smape() + mase / naive2.mase());
        }

        double speed() {
            return seconds > 0 ? n / seconds : Double.NaN;
        }
    }

    /** One side's per-series values of one method: sMAPE, MASE, 95% coverage and seconds by series id. */
    private record Column(Map<String, double[]> bySeries) {

        Means over(Set<String> ids) {
            double smape = 0;
            double mase = 0;
            double cov95 = 0;
            double seconds = 0;
            for (String id : ids) {
                double[] v = bySeries.get(id);
                smape += v[0];
                mase += v[1];
                cov95 += v[2];
                seconds += v[3];
            }
            int n = ids.size();
            return new Means(n, smape / n, mase / n, cov95 / n, seconds);
        }
    }

    /**
     * Compares.
     *
     * @param ours      our scores
     * @param methods   our methods in display order
     * @param reference the reference's results
     * @param pairs     our method id to the reference's name of the same method; our other methods (except
     *                  Naive2) are compared with the reference's best method
     * @return the comparison
     */
    public static ReferenceComparison of(List<SeriesScore> ours, List<String> methods, ReferenceResults reference,
                                         Map<String, String> pairs) {
        Map<String, Column> our = new HashMap<>();
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (SeriesScore s : ours) {
            our.computeIfAbsent(s.method(), k -> new Column(new HashMap<>())).bySeries()
                    .put(s.seriesId(), new double[] {s.smape(), s.mase(), s.cov95(), s.seconds()});
            groups.computeIfAbsent(s.frequency(), k -> new LinkedHashSet<>()).add(s.seriesId());
        }
        Map<String, Column> theirs = new LinkedHashMap<>();
        for (ReferenceResults.Score s : reference.scores()) {
            theirs.computeIfAbsent(s.method(), k -> new Column(new HashMap<>())).bySeries()
                    .put(s.seriesId(), new double[] {s.smape(), s.mase(), s.cov95(), s.seconds()});
        }
        String theirNaive2 = theirs.keySet().stream().filter(m -> m.equalsIgnoreCase(BenchSummary.NAIVE2))
                .findFirst().orElse(null);
        Column naive2 = theirNaive2 != null ? theirs.get(theirNaive2) : our.get(BenchSummary.NAIVE2);
        Set<String> all = new LinkedHashSet<>();
        groups.values().forEach(all::addAll);
        groups.put("ALL", all);
        Set<String> both = new LinkedHashSet<>(all);
        both.retainAll(theirs.values().stream().flatMap(c -> c.bySeries().keySet().stream())
                .collect(Collectors.toSet()));
        List<Row> rows = new ArrayList<>();
        if (naive2 != null) {
            for (Map.Entry<String, Set<String>> group : groups.entrySet()) {
                for (String method : methods) {
                    Column mine = our.get(method);
                    if (mine == null || method.equals(BenchSummary.NAIVE2)) {
                        continue;
                    }
                    String counterpart = pairs.get(method);
                    if (counterpart != null) {
                        Column other = theirs.get(counterpart);
                        if (other != null) {
                            row(group.getKey(), method, mine, counterpart, other, false, naive2, group.getValue())
                                    .ifPresent(rows::add);
                        }
                    } else {
                        bestOf(group.getKey(), method, mine, theirs, theirNaive2, naive2, group.getValue())
                                .ifPresent(rows::add);
                    }
                }
            }
        }
        return new ReferenceComparison(theirNaive2 != null ? "reference" : "ours", both.size(), rows);
    }

    private static Optional<Row> bestOf(String group, String method, Column mine,
                                                  Map<String, Column> theirs, String theirNaive2, Column naive2,
                                                  Set<String> ids) {
        Row best = null;
        for (Map.Entry<String, Column> other : theirs.entrySet()) {
            if (other.getKey().equals(theirNaive2)) {
                continue;
            }
            Row row = row(group, method, mine, other.getKey(), other.getValue(), true, naive2, ids).orElse(null);
            if (row != null && (best == null || row.referenceOwa() < best.referenceOwa())) {
                best = row;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Row> row(String group, String method, Column mine, String name, Column other,
                                               boolean best, Column naive2, Set<String> ids) {
        Set<String> common = new LinkedHashSet<>();
        for (String id : ids) {
            if (mine.bySeries().containsKey(id) && other.bySeries().containsKey(id)
                    && naive2.bySeries().containsKey(id)) {
                common.add(id);
            }
        }
        if (common.isEmpty()) {
            return Optional.empty();
        }
        Means a = mine.over(common);
        Means b = other.over(common);
        Means base = naive2.over(common);
        return Optional.of(new Row(group, method, name, best, common.size(), a.owa(base), b.owa(base),
                a.cov95(), b.cov95(), a.speed(), b.speed()));
    }

    /**
     * Prints the comparison in Markdown.
     *
     * @param out           where to print
     * @param referenceName how to name the reference in the heading
     */
    public void print(PrintStream out, String referenceName) {
        out.printf(Locale.ROOT, "Side by side with %s on the %d series both ran; OWA against %s Naive2 "
                + "(lower is better); difference = our OWA relative to the reference's%n%n", referenceName,
                seriesInBoth, naive2Source.equals("reference") ? "the reference's" : "our");
        out.println("| group | ours | reference | n | OWA | reference OWA | difference | cov95 | reference cov95 "
                + "| series/s (1 core) | reference series/s | speed ratio |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row r : rows) {
            out.println(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.3f | %.3f | %+.1f%% | %s | %s | %s | %s | %s |",
                    r.group(), r.ours(), r.reference() + (r.best() ? " (best)" : ""), r.n(), r.owa(), r.referenceOwa(),
                    100 * r.difference(), fixed(r.cov95(), 3), fixed(r.referenceCov95(), 3), fixed(r.speed(), 1),
                    fixed(r.referenceSpeed(), 2), Double.isFinite(r.speedRatio())
                            ? String.format(Locale.ROOT, "x%.1f", r.speedRatio()) : ""));
        }
    }

    private static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "";
    }
}
