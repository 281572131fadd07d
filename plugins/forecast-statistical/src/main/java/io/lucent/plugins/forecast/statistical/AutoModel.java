package io.lucent.plugins.forecast.statistical;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.forecast.ModelParameter;
import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugins.forecast.statistical.math.SeriesStats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The {@code auto} method: a combination of strong models fitted to the same series. Members that do not apply
 * to the series are skipped; members that cannot be fitted or fall back are left out with a note; when none is
 * left the call falls back to the naive forecast. On long series, members much worse than the best on a holdout
 * are left out too, with a note ({@link HoldoutTrim}).
 *
 * @param members the member models with their names
 * @param pool    how forecasts are pooled
 * @param bounds  how interval bounds are combined
 * @param trim    which weak members to leave out on long series
 */
public record AutoModel(List<Member> members, Combination.Pool pool, Combination.Bounds bounds, HoldoutTrim trim)
        implements SeriesModel {

    /**
     * A named member.
     *
     * @param name    the name reported in the summary
     * @param model   the model
     * @param applies which series (seasonal period, number of observations) the member is used for; on the
     *                others it is skipped without a note
     */
    public record Member(String name, SeriesModel model, BiPredicate<Integer, Integer> applies) {

        /**
         * A member used on every series.
         *
         * @param name  the name reported in the summary
         * @param model the model
         */
        public Member(String name, SeriesModel model) {
            this(name, model, (period, n) -> true);
        }
    }

    @Override
    public ModelOutput fit(double[] y, int period, int horizon, List<Double> levels, Runnable checkpoint) {
        List<ModelOutput> outputs = new ArrayList<>();
        List<Member> fitted = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Member member : members) {
            checkpoint.run();
            if (!member.applies().test(period, y.length)) {
                continue;
            }
            try {
                ModelOutput output = member.model().fit(y, period, horizon, levels, checkpoint);
                if (output.summary().fallback().isPresent() || !finite(output.point())) {
                    notes.add(member.name() + " left out: " + output.summary().fallback().orElse("non-finite forecasts"));
                    continue;
                }
                outputs.add(output);
                fitted.add(member);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                notes.add(member.name() + " left out: " + e.getMessage());
            }
        }
        if (outputs.isEmpty()) {
            throw new ModelNotApplicableException("no member of the combination could be fitted");
        }
        Set<Integer> weak = new HashSet<>();
        for (HoldoutTrim.Exclusion exclusion : trim.weakMembers(fitted, y, period, horizon, checkpoint)) {
            notes.add(fitted.get(exclusion.index()).name() + " left out: " + exclusion.reason());
            weak.add(exclusion.index());
        }
        List<ModelOutput> kept = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            if (!weak.contains(i)) {
                kept.add(outputs.get(i));
                used.add(fitted.get(i).name() + "=" + outputs.get(i).summary().model());
            }
        }
        Combination.Combined combined = Combination.of(kept, pool, bounds);
        double[] residuals = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            residuals[t] = y[t] - combined.fitted()[t];
        }
        List<ModelParameter> params = List.of(ModelParameter.of("members", kept.size()));
        String name = (pool == Combination.Pool.MEDIAN ? "Median" : "Mean") + "(" + String.join(", ", used) + ")";
        return new ModelOutput(combined.point(), combined.intervals(), combined.fitted(),
                ModelSummary.withoutLikelihood(name, params, SeriesStats.meanSquare(residuals, 0)), notes);
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
