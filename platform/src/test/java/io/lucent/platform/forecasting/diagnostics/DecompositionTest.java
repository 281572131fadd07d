package io.lucent.platform.forecasting.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Trend and seasonality strength from STL, checked against the same measures computed in R from R's stl. */
class DecompositionTest {

    private static double[] monthlyWithSpike() {
        double[] y = IntStream.range(0, 48).mapToDouble(t -> 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + ((t * 7) % 5) - 2).toArray();
        y[19] += 15;
        return y;
    }

    @Test
    void strengthsEqualThoseOfRsStlComponents() {
        // R: 1 - var(r) / var(trend + r) and 1 - var(r) / var(seasonal + r) on stl(..., s.window = 7, robust = FALSE, *.jump = 1).
        Decomposition decomposition = Decomposition.of(monthlyWithSpike(), 12);

        assertThat(decomposition.trendStrength()).isCloseTo(0.9114471923, within(1e-9));
        assertThat(decomposition.seasonalityStrength()).isCloseTo(0.9158216750, within(1e-9));
        assertThat(decomposition.method()).isEqualTo("STL (period 12, seasonal span 7, trend span 23)");
    }

    @Test
    void missingValuesAreInterpolatedBeforeTheDecomposition() {
        double[] y = monthlyWithSpike();
        double[] gappy = y.clone();
        gappy[10] = Double.NaN;
        y[10] = (y[9] + y[11]) / 2;

        assertThat(Decomposition.of(gappy, 12)).isEqualTo(Decomposition.of(y, 12));
    }

    @Test
    void aSeriesWithoutTwoCyclesGetsOnlyATrendStrength() {
        double[] trending = IntStream.range(0, 20).mapToDouble(t -> 3 * t + ((t * 7) % 5)).toArray();
        double[] flat = IntStream.range(0, 20).mapToDouble(t -> ((t * 7) % 5)).toArray();

        Decomposition short12 = Decomposition.of(trending, 12);

        assertThat(short12.seasonalityStrength()).isNull();
        assertThat(short12.trendStrength()).isGreaterThan(0.95);
        assertThat(short12.method()).contains("loess trend (span 13)").contains("fewer than two cycles");
        assertThat(Decomposition.of(flat, 1).trendStrength()).isLessThan(0.3);
        assertThat(Decomposition.of(new double[] {1, 2}, 1).method()).startsWith("none");
    }
}
