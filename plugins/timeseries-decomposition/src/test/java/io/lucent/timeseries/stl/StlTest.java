package io.lucent.timeseries.stl;

import static io.lucent.timeseries.stl.RReference.AIR_PERIODIC_SEASONAL;
import static io.lucent.timeseries.stl.RReference.AIR_PERIODIC_TREND;
import static io.lucent.timeseries.stl.RReference.AIR_S1_ROBUST_SEASONAL;
import static io.lucent.timeseries.stl.RReference.AIR_S1_ROBUST_TREND;
import static io.lucent.timeseries.stl.RReference.AIR_S1_ROBUST_W;
import static io.lucent.timeseries.stl.RReference.AIR_SEASONAL;
import static io.lucent.timeseries.stl.RReference.AIR_TREND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** STL against R's {@code stats::stl} (values in {@link RReference}) and its robust behaviour. */
class StlTest {

    private static final double R_TOLERANCE = 1e-8;

    @Test
    void matchesRWithoutJumpsOnAMonthlySeriesWithASpike() {
        double[] y = RReference.monthlyWithSpike();

        StlResult result = Stl.decompose(y, StlParameters.of(12, 7).withoutJumps());

        assertThat(result.seasonal()).containsExactly(RReference.MONTHLY_SEASONAL, within(R_TOLERANCE));
        assertThat(result.trend()).containsExactly(RReference.MONTHLY_TREND, within(R_TOLERANCE));
        for (int t = 0; t < y.length; t++) {
            assertThat(result.seasonal()[t] + result.trend()[t] + result.remainder()[t]).isCloseTo(y[t], within(1e-9));
        }
        assertThat(result.weights()).containsOnly(1.0);
    }

    @Test
    void matchesRWithoutJumpsOnAShortQuarterlySeries() {
        StlResult result = Stl.decompose(RReference.QUARTERLY, StlParameters.of(4, 7).withoutJumps());

        assertThat(result.seasonal()).containsExactly(RReference.QUARTERLY_SEASONAL, within(R_TOLERANCE));
        assertThat(result.trend()).containsExactly(RReference.QUARTERLY_TREND, within(R_TOLERANCE));
    }

    @Test
    void matchesRWithItsDefaultJumps() {
        StlResult result = Stl.decompose(RReference.logAirPassengers(), StlParameters.of(12, 11));

        assertThat(result.seasonal()).containsExactly(AIR_SEASONAL, within(R_TOLERANCE));
        assertThat(result.trend()).containsExactly(AIR_TREND, within(R_TOLERANCE));
        assertThat(result.parameters().trendWindow()).isEqualTo(21);
        assertThat(result.parameters().seasonalJump()).isEqualTo(2);
        assertThat(result.parameters().trendJump()).isEqualTo(3);
        assertThat(result.parameters().lowPassJump()).isEqualTo(2);
    }

    @Test
    void aPeriodicSeasonRepeatsItsCycleMeansAsR() {
        double[] y = RReference.logAirPassengers();

        StlResult result = Stl.decompose(y, StlParameters.periodic(12));

        double[] seasonal = result.seasonal();
        for (int t = 0; t < y.length; t++) {
            assertThat(seasonal[t]).isCloseTo(AIR_PERIODIC_SEASONAL[t % 12], within(R_TOLERANCE));
        }
        assertThat(result.trend()).containsExactly(AIR_PERIODIC_TREND, within(R_TOLERANCE));
        assertThat(result.parameters().seasonalWindow()).isEqualTo(10 * y.length + 1);
    }

    @Test
    void matchesRsRobustIterationsAndWeights() {
        StlResult result = Stl.decompose(RReference.monthlyWithSpike(), StlParameters.of(12, 7).withoutJumps().robust());

        assertThat(result.seasonal()).containsExactly(RReference.ROBUST_SEASONAL, within(R_TOLERANCE));
        assertThat(result.trend()).containsExactly(RReference.ROBUST_TREND, within(R_TOLERANCE));
        assertThat(result.weights()).containsExactly(RReference.ROBUST_WEIGHTS, within(R_TOLERANCE));
    }

    @Test
    void matchesRWithALocalLinearSeasonAndTwoRobustnessIterations() {
        StlParameters parameters = StlParameters.of(12, 7).withSeasonalDegree(1).withoutJumps().withPasses(2, 2);

        StlResult result = Stl.decompose(Arrays.copyOf(RReference.logAirPassengers(), 143), parameters);

        assertThat(result.seasonal()).containsExactly(AIR_S1_ROBUST_SEASONAL, within(R_TOLERANCE));
        assertThat(result.trend()).containsExactly(AIR_S1_ROBUST_TREND, within(R_TOLERANCE));
        assertThat(result.weights()).containsExactly(AIR_S1_ROBUST_W, within(R_TOLERANCE));
    }

    @Test
    void robustnessLeavesAnOutlierInTheRemainderInsteadOfTheTrendAndSeason() {
        double[] pattern = {5, -3, -2, 0, 1, 4, -5};
        java.util.Random noise = new java.util.Random(1);
        double[] clean = new double[140];
        for (int t = 0; t < clean.length; t++) {
            clean[t] = 100 + 0.5 * t + pattern[t % 7] + noise.nextGaussian() * 0.5;
        }
        double[] y = clean.clone();
        y[100] += 40;
        StlParameters parameters = StlParameters.of(7, 7).withSeasonalDegree(1).withoutJumps();

        StlResult plain = Stl.decompose(y, parameters);
        StlResult robust = Stl.decompose(y, parameters.withPasses(2, 2));
        StlResult reference = Stl.decompose(clean, parameters);

        assertThat(robust.weights()[100]).isZero();
        assertThat(robust.remainder()[100]).isCloseTo(40, within(2.0));
        assertThat(deviation(robust, reference, 100)).isLessThan(1.0);
        assertThat(deviation(plain, reference, 100)).isGreaterThan(2 * deviation(robust, reference, 100));
        long large = Arrays.stream(robust.remainder()).filter(r -> Math.abs(r) > 5).count();
        assertThat(large).isEqualTo(1);
    }

    /** The largest change of seasonal plus trend near {@code t} between two decompositions. */
    private static double deviation(StlResult a, StlResult b, int t) {
        double max = 0;
        for (int i = t - 7; i <= t + 7; i++) {
            max = Math.max(max, Math.abs(a.seasonal()[i] + a.trend()[i] - b.seasonal()[i] - b.trend()[i]));
        }
        return max;
    }

    @Test
    void theResultCannotBeChangedThroughItsArrays() {
        double[] y = RReference.QUARTERLY.clone();
        StlResult result = Stl.decompose(y, StlParameters.of(4, 7));
        double first = result.trend()[0];

        result.trend()[0] = 1e9;
        y[0] = 1e9;

        assertThat(result.trend()[0]).isEqualTo(first);
    }

    @Test
    void refusesShortSeriesAndInvalidParameters() {
        assertThatThrownBy(() -> Stl.decompose(new double[23], StlParameters.of(12, 7))).hasMessageContaining("two cycles");
        assertThatThrownBy(() -> StlParameters.of(1, 7)).hasMessageContaining("period");
        assertThatThrownBy(() -> StlParameters.of(12, 8)).hasMessageContaining("odd");
        assertThatThrownBy(() -> StlParameters.of(12, 7).withTrendWindow(1)).hasMessageContaining("odd");
        assertThatThrownBy(() -> StlParameters.of(12, 7).withSeasonalDegree(2)).hasMessageContaining("degree");
        assertThatThrownBy(() -> StlParameters.periodic(12).withSeasonalDegree(1)).hasMessageContaining("periodic");
        assertThatThrownBy(() -> StlParameters.of(12, 7).withPasses(0, 0)).hasMessageContaining("inner");
    }
}
