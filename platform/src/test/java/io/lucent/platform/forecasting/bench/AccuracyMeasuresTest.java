package io.lucent.platform.forecasting.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The M4 accuracy measures on hand-computed cases. */
class AccuracyMeasuresTest {

    @Test
    void smapeIsTheMeanSymmetricPercentageError() {
        // 200*|100-110|/210 = 9.5238..., 200*|50-50|/100 = 0
        assertThat(AccuracyMeasures.smape(new double[] {100, 50}, new double[] {110, 50}))
                .isCloseTo((200.0 * 10 / 210) / 2, within(1e-12));
    }

    @Test
    void maseScalesByTheInSampleSeasonalNaiveError() {
        double[] train = {1, 2, 3, 5, 8, 13};
        double scale = AccuracyMeasures.maseScale(train, 2); // |3-1|,|5-2|,|8-3|,|13-5| -> mean 4.5

        assertThat(scale).isCloseTo(4.5, within(1e-12));
        assertThat(AccuracyMeasures.mase(new double[] {20, 30}, new double[] {18, 33}, scale))
                .isCloseTo(2.5 / 4.5, within(1e-12));
    }

    @Test
    void maseFallsBackToLagOneWhenTheHistoryIsShorterThanThePeriod() {
        assertThat(AccuracyMeasures.maseScale(new double[] {1, 4, 6}, 12)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void coverageCountsValuesInsideTheBoundsInclusive() {
        double coverage = AccuracyMeasures.coverage(new double[] {1, 5, 10, 11},
                new double[] {0, 5, 0, 0}, new double[] {2, 6, 9, 11});

        assertThat(coverage).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void msisAddsPenaltiesOutsideTheInterval() {
        // widths 2 and 2; second value 1 above the upper bound: penalty 2/0.05 * 1 = 40
        double msis = AccuracyMeasures.msis(new double[] {1, 4}, new double[] {0, 1}, new double[] {2, 3}, 0.05, 2);

        assertThat(msis).isCloseTo((2 + 2 + 40) / 2.0 / 2, within(1e-12));
    }
}
