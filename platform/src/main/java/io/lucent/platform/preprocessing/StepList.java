package io.lucent.platform.preprocessing;

import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.ColumnMapping;
import java.util.List;
import java.util.Optional;

/**
 * A recipe's steps split by what they work on: a leading {@code duplicates} step decides how the dataset's rows
 * of one entity and date become one value (it is applied when the series view is built); the other steps work
 * on the regular series, in order.
 *
 * @param duplicates   the duplicate rule of a leading duplicates step (first, last, sum, mean or drop)
 * @param seriesSteps  the remaining steps
 * @param duplicatesStep the leading duplicates step, if any (for reports)
 */
public record StepList(Optional<String> duplicates, List<Step> seriesSteps, Optional<Step> duplicatesStep) {

    private static final List<String> KEEP = List.of("first", "last", "sum", "mean", "drop");

    /**
     * Checks and splits steps; 400 when a step names an unknown type or option or has an impossible number, or a
     * duplicates step is not first or keeps something unknown.
     */
    public static StepList of(List<Step> steps) {
        if (steps == null || steps.isEmpty()) {
            throw LucentException.invalid("Give at least one step in 'steps'");
        }
        for (Step step : steps) {
            if (step == null) {
                throw LucentException.invalid("A step is null");
            }
            SeriesTransforms.check(step);
        }
        if (steps.subList(1, steps.size()).stream().anyMatch(step -> step.typeName().equals("duplicates"))) {
            throw LucentException.invalid("A duplicates step combines the dataset's rows of one date, so it must be the first step (and come"
                    + " only once)");
        }
        if (!steps.get(0).typeName().equals("duplicates")) {
            return new StepList(Optional.empty(), List.copyOf(steps), Optional.empty());
        }
        Step first = steps.get(0);
        String keep = Step.lower(first.keep(), "");
        if (!KEEP.contains(keep)) {
            throw LucentException.invalid("A duplicates step needs 'keep': first, last, sum, mean or drop");
        }
        return new StepList(Optional.of(keep), List.copyOf(steps.subList(1, steps.size())), Optional.of(first));
    }

    /** The view's columns with this list's duplicate rule, if it has one. */
    public ColumnMapping columns(ColumnMapping base) {
        ColumnMapping columns = base == null ? ColumnMapping.DEFAULTS : base;
        return duplicates.map(rule -> new ColumnMapping(columns.date(), columns.entityId(), columns.entityName(), columns.value(), rule))
                .orElse(columns);
    }
}
