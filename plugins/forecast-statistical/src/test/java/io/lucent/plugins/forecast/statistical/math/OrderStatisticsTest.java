package io.lucent.plugins.forecast.statistical.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Chosen order statistics equal a full sort's values at those indices. */
class OrderStatisticsTest {

    @Test
    void placesTheSameValuesAsAFullSortOnRandomArrays() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 2000; round++) {
            int n = 1 + random.nextInt(round < 1000 ? 60 : 6000);
            double[] values = new double[n];
            int distinct = 1 + random.nextInt(n);
            for (int i = 0; i < n; i++) {
                double v = random.nextInt(distinct) - distinct / 2.0;
                values[i] = v == 0 && random.nextBoolean() ? -0.0 : v;
            }
            int[] indices = new int[1 + random.nextInt(8)];
            for (int k = 0; k < indices.length; k++) {
                indices[k] = random.nextInt(n);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);

            OrderStatistics.place(values, indices);

            for (int k : indices) {
                assertThat(Double.compare(values[k], sorted[k])).as("index %d of %d", k, n).isZero();
            }
            double[] after = values.clone();
            Arrays.sort(after);
            assertThat(after).as("a permutation of the input").isEqualTo(sorted);
        }
    }

    @Test
    void sortsArraysWithNaNAsArraysSortDoes() {
        double[] values = {3, Double.NaN, 1, 2};

        OrderStatistics.place(values, 0, 3);

        assertThat(values[0]).isEqualTo(1);
        assertThat(values[3]).isNaN();
    }

    @Test
    void empiricalIntervalsAreTheQuantilesOfTheFullySortedValues() {
        SplittableRandom random = new SplittableRandom(11);
        double[][] samples = new double[3][5000];
        for (double[] s : samples) {
            for (int i = 0; i < s.length; i++) {
                s[i] = random.nextGaussian() * 10;
            }
        }
        double[][] sorted = new double[3][];
        for (int h = 0; h < 3; h++) {
            sorted[h] = samples[h].clone();
            Arrays.sort(sorted[h]);
        }

        var intervals = Intervals.empirical(samples, java.util.List.of(80.0, 95.0));

        for (int l = 0; l < 2; l++) {
            double tail = (1 - intervals.get(l).level() / 100.0) / 2; // as the intervals compute it
            for (int h = 0; h < 3; h++) {
                assertThat(intervals.get(l).lower()[h]).isEqualTo(Intervals.quantileSorted(sorted[h], tail));
                assertThat(intervals.get(l).upper()[h]).isEqualTo(Intervals.quantileSorted(sorted[h], 1 - tail));
            }
        }
    }
}
