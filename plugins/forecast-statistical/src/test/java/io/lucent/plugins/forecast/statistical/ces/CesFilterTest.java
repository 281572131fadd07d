package io.lucent.plugins.forecast.statistical.ces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The CES recursions, forecasts, impulse responses and stability region, checked against hand calculations. */
class CesFilterTest {

    private static final double NONE = Double.NaN;

    @Test
    void oneStepRecursionMatchesTheStateSpaceEquationsWorkedByHand() {
        // a = 1.3 + 0.9i: l = l[-1] - 0.1 c[-1] + 0.4 e, c = l[-1] - 0.3 c[-1] + 2.2 e
        CesSystem system = CesSystem.of(CesSeasonality.NONE, 1, new CesParameters(1.3, 0.9, NONE, NONE));

        CesFilter.Pass pass = CesFilter.run(system, new double[] {10, 12, 11}, new double[][] {{10, 9}});

        // t1: yhat 10, e 0 -> l 9.1, c 7.3; t2: yhat 9.1, e 2.9 -> l 9.53, c 13.29; t3: yhat 9.53, e 1.47
        assertThat(pass.fitted()).containsExactly(new double[] {10, 9.1, 9.53}, within(1e-12));
        assertThat(pass.sse()).isCloseTo(2.9 * 2.9 + 1.47 * 1.47, within(1e-12));
        // after t3: l = 9.53 - 1.329 + 0.588 = 8.789, c = 9.53 - 3.987 + 3.234 = 8.777
        assertThat(pass.last()[0]).containsExactly(new double[] {8.789, 8.777}, within(1e-12));
        assertThat(CesFilter.forecast(system, pass.last(), 2))
                .containsExactly(new double[] {8.789, 8.789 - 0.1 * 8.777}, within(1e-12));
    }

    @Test
    void impulseResponsesAreMeasurementTimesTransitionPowersTimesPersistence() {
        double a0 = 1.4;
        double a1 = 0.95;
        CesSystem system = CesSystem.of(CesSeasonality.NONE, 1, new CesParameters(a0, a1, NONE, NONE));

        double[] psi = CesFilter.impulseResponses(system, 4);

        // w = (1, 0), F = [[1, a1 - 1], [1, 1 - a0]], g = (a0 - a1, a0 + a1)
        double[] g = {a0 - a1, a0 + a1};
        double[] fg = {g[0] + (a1 - 1) * g[1], g[0] + (1 - a0) * g[1]};
        double[] ffg = {fg[0] + (a1 - 1) * fg[1], fg[0] + (1 - a0) * fg[1]};
        assertThat(psi).containsExactly(new double[] {1, g[0], fg[0], ffg[0]}, within(1e-12));
    }

    @Test
    void laggedSeasonalStatesRespondOnlyAtMultiplesOfThePeriod() {
        CesSystem system = CesSystem.of(CesSeasonality.SIMPLE, 4, new CesParameters(1.5, 0.9, NONE, NONE));

        double[] psi = CesFilter.impulseResponses(system, 9);

        assertThat(psi[0]).isEqualTo(1);
        assertThat(psi[4]).isCloseTo(1.5 - 0.9, within(1e-12));
        for (int j : new int[] {1, 2, 3, 5, 6, 7}) {
            assertThat(psi[j]).isZero();
        }
        assertThat(psi[8]).isCloseTo(0.6 + (0.9 - 1) * 2.4, within(1e-12));
    }

    @Test
    void simpleSeasonalityForecastsEachSeasonFromItsOwnStates() {
        CesSystem system = CesSystem.of(CesSeasonality.SIMPLE, 3, new CesParameters(1.3, 1.0, NONE, NONE));
        double[][] last = {{10, 5}, {20, 5}, {30, 5}};

        // with a1 = 1 each season's level stays where it is
        assertThat(CesFilter.forecast(system, last, 6)).containsExactly(10, 20, 30, 10, 20, 30);
    }

    @Test
    void eigenvalueStabilityIsThePublishedRegionOfThreeCircles() {
        // Svetunkov and Kourentzes: (a0 - 2.5)^2 + a1^2 > 1.25, (a0 - 0.5)^2 + (a1 - 1)^2 > 0.25 and
        // (a0 - 1.5)^2 + (a1 - 0.5)^2 < 1.5
        for (double a0 = -0.95; a0 <= 4; a0 += 0.1) {
            for (double a1 = -1.95; a1 <= 3; a1 += 0.1) {
                boolean circles = square(a0 - 2.5) + square(a1) > 1.25
                        && square(a0 - 0.5) + square(a1 - 1) > 0.25
                        && square(a0 - 1.5) + square(a1 - 0.5) < 1.5;
                CesSystem system = CesSystem.of(CesSeasonality.NONE, 1, new CesParameters(a0, a1, NONE, NONE));
                assertThat(system.stable()).as("a = %s + %si", a0, a1).isEqualTo(circles);
            }
        }
    }

    @Test
    void fullSeasonalityIsUnstableWhenEitherComplexParameterIsFarOutside() {
        assertThat(CesSystem.of(CesSeasonality.FULL, 12, new CesParameters(1.3, 1.0, 1.0, 1.0)).stable()).isTrue();
        assertThat(CesSystem.of(CesSeasonality.FULL, 12, new CesParameters(3.5, 1.0, 1.0, 1.0)).stable()).isFalse();
        assertThat(CesSystem.of(CesSeasonality.FULL, 12, new CesParameters(1.3, 1.0, 3.5, 1.0)).stable()).isFalse();
    }

    private static double square(double x) {
        return x * x;
    }
}
