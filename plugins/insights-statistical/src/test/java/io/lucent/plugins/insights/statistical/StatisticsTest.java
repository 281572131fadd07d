package io.lucent.plugins.insights.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void mannKendallFindsAStrictlyRisingSeriesWithItsTextbookStatistic() {
        MannKendall.Result result = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});

        assertThat(result.s()).isEqualTo(45);
        assertThat(result.pValue()).isCloseTo(2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(44 / Math.sqrt(125))),
                within(1e-12));
        assertThat(result.slope()).isEqualTo(1.0);
        assertThat(result.changePct()).isCloseTo(900, within(1e-9));
    }

    @Test
    void mannKendallSeesNoTrendInAnAlternatingSeries() {
        assertThat(MannKendall.test(new double[] {5, 1, 5, 1, 5, 1, 5, 1, 5, 1}).pValue()).isGreaterThan(0.5);
    }

    @Test
    void pettittLocatesAStepInTheLevel() {
        double[] values = {10, 11, 9, 10, 12, 10, 11, 20, 21, 19, 22, 20, 21, 20};

        Pettitt.Result result = Pettitt.test(values);

        assertThat(result.index()).isEqualTo(6);
        assertThat(result.pValue()).isCloseTo(2 * Math.exp(-6.0 * 49 * 49 / (14 * 14 * 14 + 14 * 14)), within(1e-12)).isLessThan(0.05);
    }

    @Test
    void stlSeparatesAWeeklyPatternFromTheTrendAndLeavesASpikeInTheRemainder() {
        int n = 140;
        double[] y = new double[n];
        double[] pattern = {5, -3, -2, 0, 1, 4, -5};
        java.util.Random noise = new java.util.Random(1);
        for (int t = 0; t < n; t++) {
            y[t] = 100 + 0.5 * t + pattern[t % 7] + noise.nextGaussian() * 0.5;
        }
        y[100] += 40;

        Stl.Result stl = Stl.decompose(y, 7);
        double[] z = RobustZ.scores(stl.remainder());

        assertThat(stl.seasonal()[71] - stl.seasonal()[72]).isCloseTo(pattern[1] - pattern[2], within(0.5));
        assertThat(stl.trend()[50]).isCloseTo(125, within(1.0));
        assertThat(z[100]).isGreaterThan(10);
        int others = 0;
        for (int t = 0; t < n; t++) {
            if (t != 100 && Math.abs(z[t]) >= 3.5) {
                others++;
            }
        }
        assertThat(others).isLessThanOrEqualTo(2);
    }

    @Test
    void pearsonGivesTheCorrelationAndTheTTestPValue() {
        Pearson.Result result = Pearson.of(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4, 5, 4, 5});

        assertThat(result.r()).isCloseTo(0.7745966692, within(1e-9));
        assertThat(result.pValue()).isCloseTo(0.1240270627, within(1e-6));
    }

    @Test
    void robustZIgnoresTheOutlierItMeasures() {
        double[] z = RobustZ.scores(new double[] {10, 11, 9, 10, 12, 8, 10, 100});

        assertThat(z[7]).isGreaterThan(30);
        assertThat(Math.abs(z[0])).isLessThan(1);
    }
}
