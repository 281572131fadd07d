package io.lucent.platform.preprocessing;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.Calendars;
import io.lucent.platform.forecasting.series.EntitySeries;
import io.lucent.platform.forecasting.series.Spacing;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/** Applies preprocessing steps to one entity's regular series. Pure functions: the input is never changed. */
public final class SeriesTransforms {

    /** A step's outcome: the new series and what the step did. */
    public record Outcome(EntitySeries series, String step, int changed, List<Integer> flagged) {
    }

    private SeriesTransforms() {
    }

    /**
     * Checks what a step says on its own (its type, the names of its options, its numbers) before any data is
     * read, so a recipe that could never run is refused when saved and nothing is half done; 400 with the reason.
     * What depends on the series (such as whether an aggregation is coarser) is checked when the step runs.
     */
    static void check(Step step) {
        switch (step.typeName()) {
            case "duplicates" -> { }
            case "missing" -> {
                if (!MISSING_METHODS.contains(Step.lower(step.method(), "linear"))) {
                    throw unknownMissingMethod(step.method());
                }
            }
            case "outliers" -> {
                String detect = Step.lower(step.detect(), "iqr");
                if (!detect.equals("iqr") && !detect.equals("zscore")) {
                    throw unknownDetection(step.detect());
                }
                fence(step);
                if (!OUTLIER_ACTIONS.contains(Step.lower(step.action(), "flag"))) {
                    throw unknownOutlierAction(step.action());
                }
            }
            case "replace" -> {
                String operator = Step.lower(step.operator(), "");
                if (!OPERATORS.contains(operator)) {
                    throw unknownOperator(step.operator());
                }
                if (!operator.equals("missing") && step.value() == null) {
                    throw LucentException.invalid("A replace step needs 'value' to compare with");
                }
            }
            case "aggregate" -> {
                how(step);
                if (step.every() != null || step.unit() != null) {
                    unit(step);
                    if (step.every() == null || step.every() < 1) {
                        throw LucentException.invalid("aggregate 'every' must be a whole number of at least 1");
                    }
                    anchor(step);
                } else {
                    target(step);
                }
            }
            default -> throw unknownType(step.type());
        }
    }

    public static Outcome apply(EntitySeries series, Step step) {
        return switch (step.typeName()) {
            case "missing" -> fillMissing(series, Step.lower(step.method(), "linear"));
            case "outliers" -> outliers(series, step);
            case "replace" -> replace(series, step);
            case "aggregate" -> step.every() != null || step.unit() != null ? aggregateEvery(series, step) : aggregate(series, step);
            case "duplicates" -> throw LucentException.invalid("A duplicates step combines the dataset's rows of one date, so it must be the"
                    + " first step (and come only once)");
            default -> throw unknownType(step.type());
        };
    }

    private static final List<String> MISSING_METHODS = List.of("linear", "spline", "previous", "next", "mean", "seasonal");
    private static final List<String> OUTLIER_ACTIONS = List.of("flag", "remove", "cap", "interpolate");
    private static final List<String> OPERATORS = List.of("lt", "le", "gt", "ge", "eq", "ne", "missing");

    private static LucentException unknownType(String type) {
        return LucentException.invalid("Unknown step type '" + type + "'; use duplicates, missing, outliers, replace or aggregate");
    }

    private static LucentException unknownMissingMethod(String method) {
        return LucentException.invalid("Unknown missing-value method '" + method + "'; use linear, spline, previous, next, mean or seasonal");
    }

    private static LucentException unknownDetection(String detect) {
        return LucentException.invalid("Unknown outlier detection '" + detect + "'; use iqr or zscore");
    }

    private static LucentException unknownOutlierAction(String action) {
        return LucentException.invalid("Unknown outlier action '" + action + "'; use remove, cap, interpolate or flag");
    }

    private static LucentException unknownOperator(String operator) {
        return LucentException.invalid("Unknown operator '" + operator + "'; use lt, le, gt, ge, eq, ne or missing");
    }

    /**
     * How far from the middle a value may lie before it counts as an outlier: the IQR multiplier {@code k}
     * (default 1.5) or the z-score {@code threshold} (default 3). Zero or less would make every value an outlier
     * (and remove, cap or interpolate them all), so it is refused.
     */
    private static double fence(Step step) {
        boolean iqr = Step.lower(step.detect(), "iqr").equals("iqr");
        Double given = iqr ? step.k() : step.threshold();
        double fence = given == null ? (iqr ? 1.5 : 3) : given;
        if (!(fence > 0) || Double.isInfinite(fence)) {
            throw LucentException.invalid("outliers '" + (iqr ? "k" : "threshold") + "' must be a positive number, not " + given);
        }
        return fence;
    }

    /** The unit of custom periods as given, lower case: days, weeks or months (or day, week, month); 400 otherwise. */
    private static String unit(Step step) {
        String unit = Step.lower(step.unit(), "days");
        if (!List.of("days", "day", "weeks", "week", "months", "month").contains(unit)) {
            throw LucentException.invalid("aggregate 'unit' must be days, weeks or months");
        }
        return unit;
    }

    /** The anchor date of custom periods, if the step gives one; 400 when it is not a date. */
    private static Optional<LocalDate> anchor(Step step) {
        if (step.anchor() == null || step.anchor().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(step.anchor()));
        } catch (DateTimeParseException e) {
            throw LucentException.invalid("aggregate 'anchor' must be a date like 2024-01-01");
        }
    }

    private static Frequency target(Step step) {
        try {
            return Frequency.valueOf(Step.lower(step.frequency(), "").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LucentException.invalid("aggregate needs 'frequency': weekly, monthly, quarterly or yearly");
        }
    }

    static Outcome fillMissing(EntitySeries series, String method) {
        double[] y = series.values();
        double[] filled = switch (method) {
            case "linear" -> linear(y);
            case "spline" -> spline(y);
            case "previous" -> carry(y, true);
            case "next" -> carry(y, false);
            case "mean" -> mean(y);
            case "seasonal" -> seasonal(y, series.seasonalPeriod());
            default -> throw unknownMissingMethod(method);
        };
        return new Outcome(with(series, filled), "missing:" + method, count(y, filled), List.of());
    }

    static Outcome outliers(EntitySeries series, Step step) {
        double[] y = series.values();
        double[] present = Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length < 4) {
            return new Outcome(series, "outliers", 0, List.of());
        }
        double low;
        double high;
        String detect = Step.lower(step.detect(), "iqr");
        if (detect.equals("iqr")) {
            double[] sorted = present.clone();
            Arrays.sort(sorted);
            double q1 = EntityStatistics.quantile(sorted, 0.25);
            double q3 = EntityStatistics.quantile(sorted, 0.75);
            double k = fence(step);
            low = q1 - k * (q3 - q1);
            high = q3 + k * (q3 - q1);
        } else if (detect.equals("zscore")) {
            double mean = Arrays.stream(present).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(present).map(v -> (v - mean) * (v - mean)).sum() / (present.length - 1));
            double z = fence(step);
            low = mean - z * sd;
            high = mean + z * sd;
        } else {
            throw unknownDetection(step.detect());
        }
        List<Integer> flagged = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i]) && (y[i] < low || y[i] > high)) {
                flagged.add(i);
            }
        }
        double[] out = y.clone();
        String action = Step.lower(step.action(), "flag");
        switch (action) {
            case "flag" -> {
                return new Outcome(series, "outliers:" + detect + ":flag", 0, flagged);
            }
            case "remove" -> flagged.forEach(i -> out[i] = Double.NaN);
            case "cap" -> flagged.forEach(i -> out[i] = Math.max(low, Math.min(high, y[i])));
            case "interpolate" -> {
                flagged.forEach(i -> out[i] = Double.NaN);
                double[] interpolated = linear(out);
                flagged.forEach(i -> out[i] = interpolated[i]);
            }
            default -> throw unknownOutlierAction(step.action());
        }
        return new Outcome(with(series, out), "outliers:" + detect + ":" + action, flagged.size(), flagged);
    }

    static Outcome replace(EntitySeries series, Step step) {
        String operator = Step.lower(step.operator(), "");
        if (!operator.equals("missing") && step.value() == null) {
            throw LucentException.invalid("A replace step needs 'value' to compare with");
        }
        double[] y = series.values();
        double[] out = y.clone();
        double replacement = step.replacement() == null ? Double.NaN : step.replacement();
        for (int i = 0; i < y.length; i++) {
            boolean hit = switch (operator) {
                case "missing" -> Double.isNaN(y[i]);
                case "lt" -> y[i] < step.value();
                case "le" -> y[i] <= step.value();
                case "gt" -> y[i] > step.value();
                case "ge" -> y[i] >= step.value();
                case "eq" -> y[i] == step.value();
                case "ne" -> !Double.isNaN(y[i]) && y[i] != step.value();
                default -> throw unknownOperator(step.operator());
            };
            if (hit) {
                out[i] = replacement;
            }
        }
        return new Outcome(with(series, out), "replace:" + operator, count(y, out), List.of());
    }

    static Outcome aggregate(EntitySeries series, Step step) {
        Frequency target = target(step);
        Spacing source = series.spacing();
        boolean coarser = series.frequency() == Frequency.OTHER && source.inMonths() ? rank(target) >= rank(Frequency.MONTHLY)
                : rank(target) > rank(series.frequency());
        if (!coarser) {
            throw LucentException.invalid("Aggregation goes to a coarser frequency than " + (series.frequency() == Frequency.OTHER
                    ? "periods of " + source.describe() : series.frequency().name().toLowerCase(Locale.ROOT)));
        }
        if (source.inMonths()) {
            // Months into quarters or years (or periods of N months into them): each source period must fall whole into one.
            MonthPeriods.calendar(target).requireFits(series);
        }
        String how = how(step);
        LocalDateTime origin = series.periods().get(0);
        return combine(series, time -> Calendars.periodStart(time, target, origin), target, how,
                "aggregate:" + target.name().toLowerCase(Locale.ROOT) + ":" + how);
    }

    /** Periods the detector would read back as a calendar frequency; those must be asked for by name. */
    private static final List<int[]> CALENDAR_LIKE_DAYS = List.of(new int[] {6, 6}, new int[] {8, 8}, new int[] {27, 32}, new int[] {88, 93},
            new int[] {360, 370});

    /**
     * Aggregation to custom periods of {@code every} days, weeks or months. Days and weeks are counted from
     * {@code anchor} (default: the series' first period); seven days are the weekly frequency, other lengths are
     * periods of no standard frequency, evenly spaced, which the series view reads back with the same spacing.
     * Months: see {@link #aggregateMonths}.
     */
    static Outcome aggregateEvery(EntitySeries series, Step step) {
        int every = step.every() == null ? 0 : step.every();
        String unit = unit(step);
        if (unit.startsWith("month")) {
            return aggregateMonths(series, step, every);
        }
        int days = unit.startsWith("week") ? 7 * every : every;
        if (every < 1 || days > 3660) {
            throw LucentException.invalid("aggregate 'every' must be a whole number of " + unit + " between 1 and 10 years");
        }
        for (int[] range : CALENDAR_LIKE_DAYS) {
            if (days >= range[0] && days <= range[1]) {
                throw LucentException.invalid("Periods of " + days + " days would read back as weeks, months, quarters or years; aggregate"
                        + " with 'frequency' weekly, monthly, quarterly or yearly instead");
            }
        }
        Spacing spacing = series.spacing();
        int sourceDays = switch (spacing.unit()) {
            case HOURS -> 0;
            case DAYS -> spacing.amount();
            default -> throw LucentException.invalid("Custom periods of days or weeks need an hourly, daily or weekly series; this one is "
                    + (series.frequency() == Frequency.OTHER ? "in periods of " + spacing.describe()
                    : series.frequency().name().toLowerCase(Locale.ROOT)));
        };
        if (sourceDays > 0 && (days <= sourceDays || days % sourceDays != 0)) {
            throw LucentException.invalid("Custom periods must be a larger multiple of the series' step of " + sourceDays + " days; "
                    + days + " days is not");
        }
        LocalDate anchor = anchor(step).orElseGet(() -> series.periods().get(0).toLocalDate());
        LocalDateTime start = anchor.atStartOfDay();
        Frequency target = days == 1 ? Frequency.DAILY : days == 7 ? Frequency.WEEKLY : Frequency.OTHER;
        String how = how(step);
        return combine(series, time -> start.plusDays(Math.floorDiv(ChronoUnit.DAYS.between(start, time.truncatedTo(ChronoUnit.DAYS)), days) * days),
                target, how, "aggregate:" + every + "-" + unit + ":" + how);
    }

    /**
     * Aggregation to periods of {@code every} calendar months ({@link MonthPeriods}): each labelled by midnight on
     * the first day of its first month, counted from the anchor's month. A first or last period the data covers
     * only in part is combined from the data it has, as for the other aggregations.
     */
    static Outcome aggregateMonths(EntitySeries series, Step step, int every) {
        MonthPeriods periods = MonthPeriods.of(every, step.anchor(), series);
        periods.requireFits(series);
        String how = how(step);
        return combine(series, periods::startOf, periods.frequency(), how, "aggregate:" + every + "-months:" + how);
    }

    private static String how(Step step) {
        String how = Step.lower(step.how(), "sum");
        if (!List.of("sum", "mean", "last").contains(how)) {
            throw LucentException.invalid("aggregate 'how' must be sum, mean or last");
        }
        return how;
    }

    /** Groups consecutive periods by the period they fall in and combines each group's present values. */
    private static Outcome combine(EntitySeries series, java.util.function.UnaryOperator<LocalDateTime> periodOf, Frequency target, String how,
                                   String description) {
        Map<LocalDateTime, List<Double>> groups = new LinkedHashMap<>();
        double[] y = series.values();
        for (int i = 0; i < y.length; i++) {
            groups.computeIfAbsent(periodOf.apply(series.periods().get(i)), p -> new ArrayList<>()).add(y[i]);
        }
        List<LocalDateTime> periods = new ArrayList<>(groups.keySet());
        double[] values = new double[periods.size()];
        for (int p = 0; p < periods.size(); p++) {
            double[] present = groups.get(periods.get(p)).stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
            values[p] = present.length == 0 ? Double.NaN : switch (how) {
                case "mean" -> Arrays.stream(present).average().orElseThrow();
                case "last" -> present[present.length - 1];
                default -> Arrays.stream(present).sum();
            };
        }
        return new Outcome(new EntitySeries(series.id(), series.name(), periods, values, target), description, y.length, List.of());
    }

    private static int rank(Frequency frequency) {
        return switch (frequency) {
            case HOURLY -> 0;
            case DAILY, OTHER -> 1;
            case WEEKLY -> 2;
            case MONTHLY -> 3;
            case QUARTERLY -> 4;
            case YEARLY -> 5;
        };
    }

    static double[] linear(double[] y) {
        double[] out = y.clone();
        int previous = -1;
        for (int t = 0; t < out.length; t++) {
            if (Double.isNaN(out[t])) {
                continue;
            }
            if (previous >= 0) {
                for (int g = previous + 1; g < t; g++) {
                    out[g] = out[previous] + (out[t] - out[previous]) * (g - previous) / (t - previous);
                }
            }
            previous = t;
        }
        // Leading and trailing gaps take the nearest value.
        return carry(carry(out, true), false);
    }

    static double[] spline(double[] y) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int t = 0; t < y.length; t++) {
            if (!Double.isNaN(y[t])) {
                xs.add((double) t);
                ys.add(y[t]);
            }
        }
        if (xs.size() < 3) {
            return linear(y);
        }
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(xs.stream().mapToDouble(Double::doubleValue).toArray(),
                ys.stream().mapToDouble(Double::doubleValue).toArray());
        double[] out = y.clone();
        for (int t = 0; t < out.length; t++) {
            if (Double.isNaN(out[t]) && spline.isValidPoint(t)) {
                out[t] = spline.value(t);
            }
        }
        return carry(carry(out, true), false);
    }

    static double[] carry(double[] y, boolean forward) {
        double[] out = y.clone();
        double last = Double.NaN;
        for (int i = 0; i < out.length; i++) {
            int t = forward ? i : out.length - 1 - i;
            if (Double.isNaN(out[t])) {
                out[t] = last;
            } else {
                last = out[t];
            }
        }
        return out;
    }

    static double[] mean(double[] y) {
        double mean = Arrays.stream(y).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        return Arrays.stream(y).map(v -> Double.isNaN(v) ? mean : v).toArray();
    }

    /** The mean of the same season position in the other cycles; linear where no cycle has a value. */
    static double[] seasonal(double[] y, int period) {
        if (period <= 1) {
            return linear(y);
        }
        double[] out = y.clone();
        double[] fallback = linear(y);
        for (int t = 0; t < out.length; t++) {
            if (!Double.isNaN(out[t])) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int s = t % period; s < y.length; s += period) {
                if (!Double.isNaN(y[s])) {
                    sum += y[s];
                    n++;
                }
            }
            out[t] = n == 0 ? fallback[t] : sum / n;
        }
        return out;
    }

    private static int count(double[] before, double[] after) {
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            boolean same = Double.isNaN(before[i]) ? Double.isNaN(after[i]) : before[i] == after[i];
            if (!same) {
                changed++;
            }
        }
        return changed;
    }

    private static EntitySeries with(EntitySeries series, double[] values) {
        return new EntitySeries(series.id(), series.name(), series.periods(), values, series.frequency());
    }
}
