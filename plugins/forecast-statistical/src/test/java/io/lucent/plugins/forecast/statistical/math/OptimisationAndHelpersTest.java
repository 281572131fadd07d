package io.lucent.plugins.forecast.statistical.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimiser, root test, interpolation and interval helpers. */
class OptimisationAndHelpersTest {

    @Test
    void nelderMeadFindsTheRosenbrockMinimum() {
        NelderMead.Result result = NelderMead.minimize(
                p -> 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2),
                new double[] {-1.2, 1}, 1e-12, 5000, () -> { });

        assertThat(result.point()[0]).isCloseTo(1, within(1e-3));
        assertThat(result.point()[1]).isCloseTo(1, within(2e-3));
        assertThat(result.value()).isLessThan(1e-6);
    }

    @Test
    void nelderMeadTreatsInfiniteValuesAsInfeasible() {
        NelderMead.Result result = NelderMead.minimize(
                p -> p[0] < 0.5 ? Double.POSITIVE_INFINITY : (p[0] - 0.2) * (p[0] - 0.2),
                new double[] {2}, 1e-12, 2000, () -> { });

        assertThat(result.point()[0]).isCloseTo(0.5, within(1e-3));
    }

    @Test
    void nelderMeadCallsTheCheckpoint() {
        int[] calls = {0};
        NelderMead.minimize(p -> p[0] * p[0] + p[1] * p[1] + p[2] * p[2], new double[] {3, 4, 5}, 1e-300, 2000,
                () -> calls[0]++);

        assertThat(calls[0]).isGreaterThan(0);
    }

    @Test
    void schurCohnLocatesRoots() {
        // (z - 0.5)(z + 0.4) = z^2 - 0.1 z - 0.2: both roots inside
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {-0.2, -0.1, 1}, 1e-10)).isTrue();
        // (z - 2)(z - 0.1): one root outside
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {0.2, -2.1, 1}, 1e-10)).isFalse();
        // z^2 + 1.2 z + 0.72: complex pair of modulus sqrt(0.72)
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {0.72, 1.2, 1}, 1e-10)).isTrue();
        // z^2 + 1.21: complex pair of modulus 1.1
        assertThat(PolynomialRoots.allInsideUnitCircle(new double[] {1.21, 0, 1}, 1e-10)).isFalse();
    }

    @Test
    void interpolationFillsGapsLinearlyAndEdgesWithNeighbours() {
        double[] filled = Interpolation.linear(new double[] {Double.NaN, 1, Double.NaN, Double.NaN, 4, Double.NaN});

        assertThat(filled).containsExactly(1, 1, 2, 3, 4, 4);
    }

    @Test
    void normalIntervalsAreSymmetricAndNested() {
        List<PredictionInterval> intervals = Intervals.normal(new double[] {10, 10}, new double[] {1, 2},
                List.of(80.0, 95.0));

        assertThat(intervals.get(0).upper()[0] - 10).isCloseTo(10 - intervals.get(0).lower()[0], within(1e-12));
        assertThat(intervals.get(1).upper()[1]).isCloseTo(10 + 2 * 1.9599639845400536, within(1e-9));
        assertThat(intervals.get(1).lower()[0]).isLessThan(intervals.get(0).lower()[0]);
    }

    @Test
    void empiricalIntervalsUseTypeSevenQuantiles() {
        double[][] samples = {{5, 1, 4, 2, 3}};

        List<PredictionInterval> intervals = Intervals.empirical(samples, List.of(50.0));

        assertThat(intervals.get(0).lower()[0]).isCloseTo(2, within(1e-12));
        assertThat(intervals.get(0).upper()[0]).isCloseTo(4, within(1e-12));
    }
}
