package io.lucent.platform.analytics;

import io.lucent.platform.analytics.stats.MannKendall;

/**
 * The trend of one monthly revenue series: the latest month against the one before (MoM) and the same month
 * a year before (YoY), and the Mann–Kendall test with Sen's slope over the complete months.
 *
 * @param months          complete months tested
 * @param latestMonth     the window's last month, {@code YYYY-MM}
 * @param latestRevenue   its revenue
 * @param latestPartial   whether the window covers it only partly
 * @param momPct          change against the month before, % (null when that month had no revenue)
 * @param yoyPct          change against the same month a year before, % (null when unknown)
 * @param direction       UP or DOWN when significant, else FLAT
 * @param pValue          the Mann–Kendall two-sided p-value
 * @param slopePerMonth   Sen's slope, revenue per month
 * @param changePct       the trend line's change over the tested months, % of its starting level (null when the level is not positive)
 * @param significant     whether p &lt; 0.05
 */
public record TrendSummary(int months, String latestMonth, double latestRevenue, boolean latestPartial, Double momPct, Double yoyPct,
                           String direction, double pValue, double slopePerMonth, Double changePct, boolean significant) {

    static final double SIGNIFICANCE = 0.05;

    static TrendSummary of(MonthGrid grid, double[] values) {
        int last = values.length - 1;
        Double mom = last >= 1 ? change(values[last], values[last - 1]) : null;
        Double yoy = last >= 12 ? change(values[last], values[last - 12]) : null;
        double[] complete = grid.complete(values);
        MannKendall.Result test = MannKendall.test(complete);
        boolean significant = complete.length >= 3 && test.pValue() < SIGNIFICANCE;
        String direction = !significant ? "FLAT" : test.s() > 0 ? "UP" : "DOWN";
        return new TrendSummary(complete.length, grid.month(last).toString(), values[last], grid.partial(last), mom, yoy, direction,
                test.pValue(), test.slope(), changePct(complete, test.slope()), significant);
    }

    /** The Sen line's change over the series in % of its level at the start (intercept = median of y − slope·t). */
    public static Double changePct(double[] values, double slope) {
        if (values.length < 2) {
            return null;
        }
        double[] intercepts = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            intercepts[t] = values[t] - slope * t;
        }
        java.util.Arrays.sort(intercepts);
        int n = intercepts.length;
        double start = n % 2 == 1 ? intercepts[n / 2] : (intercepts[n / 2 - 1] + intercepts[n / 2]) / 2;
        return start <= 0 ? null : slope * (values.length - 1) / start * 100;
    }

    private static Double change(double now, double before) {
        return before == 0 ? null : (now - before) / before * 100;
    }
}
