package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.forecast.ModelSummary;
import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code auto} leaves members far worse than the best on a holdout out of the mean, on long series only. */
class HoldoutTrimTest {

    private static final List<Double> LEVELS = List.of(80.0, 95.0);
    private static final Runnable NONE = () -> { };

    /** A trending series: y = 100 + t. */
    private static double[] trend(int n) {
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            y[t] = 100 + t + (t % 2 == 0 ? 0.5 : -0.5);
        }
        return y;
    }

    /** Forecasts the trend continued (good on these series). */
    private static ModelOutput drift(double[] y, int horizon, List<Double> levels) {
        double slope = (y[y.length - 1] - y[0]) / (y.length - 1);
        double[] point = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            point[h] = y[y.length - 1] + slope * (h + 1);
        }
        return output(point, y.length, levels);
    }

    /** Forecasts the mean of the history (far off on a trending series). */
    private static ModelOutput mean(double[] y, int horizon, List<Double> levels) {
        double[] point = new double[horizon];
        Arrays.fill(point, Arrays.stream(y).average().orElseThrow());
        return output(point, y.length, levels);
    }

    private static ModelOutput output(double[] point, int n, List<Double> levels) {
        List<PredictionInterval> intervals = new ArrayList<>();
        for (double level : levels) {
            double[] lower = point.clone();
            double[] upper = point.clone();
            for (int h = 0; h < point.length; h++) {
                lower[h] -= level / 10;
                upper[h] += level / 10;
            }
            intervals.add(new PredictionInterval(level, lower, upper));
        }
        return ModelOutput.of(point, intervals, new double[n], ModelSummary.withoutLikelihood("m", List.of(), 1));
    }

    private static List<AutoModel.Member> members(List<Integer> holdoutLengths) {
        return List.of(
                new AutoModel.Member("drift", (y, period, horizon, levels, checkpoint) -> {
                    holdoutLengths.add(y.length);
                    return drift(y, horizon, levels);
                }),
                new AutoModel.Member("drift2", (y, period, horizon, levels, checkpoint) -> drift(y, horizon, levels)),
                new AutoModel.Member("mean", (y, period, horizon, levels, checkpoint) -> mean(y, horizon, levels)));
    }

    @Test
    void leavesOutAMemberFarWorseThanTheBestOnALongSeriesAndSaysWhy() {
        List<Integer> lengths = new ArrayList<>();
        AutoModel auto = new AutoModel(members(lengths), Combination.Pool.MEAN, Combination.Bounds.ENVELOPE,
                HoldoutTrim.DEFAULT);
        double[] y = trend(400);

        ModelOutput out = auto.fit(y, 1, 10, LEVELS, NONE);

        assertThat(lengths).containsExactly(400, 390); // the whole series, then without the last 10
        assertThat(out.summary().model()).contains("drift=").doesNotContain("mean=");
        assertThat(out.notes()).singleElement().asString()
                .startsWith("mean left out: its error on the last 10 observations was")
                .endsWith("times the best member's");
        assertThat(out.point()[0]).isCloseTo(drift(y, 10, LEVELS).point()[0], org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void keepsEveryMemberOnAShortSeries() {
        AutoModel auto = new AutoModel(members(new ArrayList<>()), Combination.Pool.MEAN,
                Combination.Bounds.ENVELOPE, HoldoutTrim.DEFAULT);

        ModelOutput out = auto.fit(trend(299), 1, 10, LEVELS, NONE);

        assertThat(out.summary().model()).contains("mean=");
        assertThat(out.notes()).isEmpty();
    }

    @Test
    void keepsEveryMemberWhenTurnedOff() {
        AutoModel auto = new AutoModel(members(new ArrayList<>()), Combination.Pool.MEAN,
                Combination.Bounds.ENVELOPE, HoldoutTrim.NONE);

        ModelOutput out = auto.fit(trend(400), 1, 10, LEVELS, NONE);

        assertThat(out.summary().model()).contains("mean=");
    }

    @Test
    void keepsAMemberThatCannotBeFittedOnTheShorterSeries() {
        List<AutoModel.Member> members = new ArrayList<>(members(new ArrayList<>()));
        members.add(new AutoModel.Member("fussy", (y, period, horizon, levels, checkpoint) -> {
            if (y.length < 400) {
                throw new ModelNotApplicableException("needs 400 observations");
            }
            return mean(y, horizon, levels);
        }));
        AutoModel auto = new AutoModel(members, Combination.Pool.MEAN, Combination.Bounds.ENVELOPE,
                HoldoutTrim.DEFAULT);

        ModelOutput out = auto.fit(trend(400), 1, 10, LEVELS, NONE);

        assertThat(out.summary().model()).contains("fussy=").doesNotContain("mean=");
    }

    @Test
    void holdsOutAtMostAQuarterOfTheSeries() {
        List<Integer> lengths = new ArrayList<>();
        AutoModel auto = new AutoModel(members(lengths), Combination.Pool.MEAN, Combination.Bounds.ENVELOPE,
                HoldoutTrim.DEFAULT);

        auto.fit(trend(400), 1, 365, LEVELS, NONE);

        assertThat(lengths).containsExactly(400, 300);
    }
}
