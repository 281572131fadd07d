package io.lucent.platform.analytics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticalTestsTest {

    @Test
    void kruskalWallisMatchesTheTextbookStatisticForSeparatedGroups() {
        KruskalWallis.Result result = KruskalWallis.test(List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}, new double[] {7, 8, 9}));

        assertThat(result.h()).isCloseTo(7.2, within(1e-9));
        assertThat(result.df()).isEqualTo(2);
        assertThat(result.pValue()).isCloseTo(Math.exp(-7.2 / 2), within(1e-9));
    }

    @Test
    void kruskalWallisCannotRejectIdenticalGroups() {
        assertThat(KruskalWallis.test(List.of(new double[] {1, 2, 3}, new double[] {1, 2, 3})).pValue()).isCloseTo(1.0, within(1e-9));
        assertThat(KruskalWallis.test(List.of(new double[] {5, 5}, new double[] {5, 5})).pValue()).isEqualTo(1.0);
    }

    @Test
    void mannKendallGivesSenSlopeAndASmallPValueForALinearRise() {
        MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThat(result.s()).isEqualTo(45);
        assertThat(result.slope()).isEqualTo(1.0);
        assertThat(result.pValue()).isLessThan(0.001);
        assertThat(MannKendall.test(new double[] {3, 1, 3, 1, 3, 1, 3, 1}).pValue()).isGreaterThan(0.5);
    }

    @Test
    void seasonalDecompositionFindsAStrongYearlyPatternAndNoneInNoise() {
        double[] seasonal = new double[48];
        double[] flat = new double[48];
        java.util.Random random = new java.util.Random(3);
        for (int t = 0; t < 48; t++) {
            seasonal[t] = 100 + t + 40 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian() * 3;
            flat[t] = 100 + random.nextGaussian() * 3;
        }

        SeasonalDecomposition.Result strong = SeasonalDecomposition.of(seasonal);
        SeasonalDecomposition.Result none = SeasonalDecomposition.of(flat);

        assertThat(strong.strength()).isGreaterThan(0.9);
        assertThat(strong.pValue()).isLessThan(0.001);
        assertThat(none.pValue()).isGreaterThan(0.05);
        assertThatThrownBy(() -> SeasonalDecomposition.of(new double[20])).isInstanceOf(IllegalArgumentException.class);
    }
}
