package io.lucent.plugins.forecast.statistical.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugins.forecast.statistical.ReferenceSeries;
import org.junit.jupiter.api.Test;

/** Autocorrelation, decomposition, the seasonality test and normal quantiles against R's values. */
class ClassicalNumericsTest {

    @Test
    void autocorrelationMatchesRsAcf() {
        double[] r = Acf.of(ReferenceSeries.airPassengers(), 12);

        assertThat(r[0]).isCloseTo(0.94804734075249186, within(1e-12));
        assertThat(r[5]).isCloseTo(0.6817336033310043, within(1e-12));
        assertThat(r[11]).isCloseTo(0.76039504226255583, within(1e-12));
    }

    @Test
    void multiplicativeFigureMatchesRsDecompose() {
        double[] figure = ClassicalDecomposition.seasonalFigure(ReferenceSeries.airPassengers(), 12, true);

        assertThat(figure[0]).isCloseTo(0.91023036737220087, within(1e-12));
        assertThat(figure[6]).isCloseTo(1.2265555429312014, within(1e-12));
        assertThat(figure[11]).isCloseTo(0.89882438998501135, within(1e-12));
        double sum = 0;
        for (double f : figure) {
            sum += f;
        }
        assertThat(sum).isCloseTo(12, within(1e-12));
    }

    @Test
    void additiveFigureSumsToZero() {
        double[] figure = ClassicalDecomposition.seasonalFigure(ReferenceSeries.airPassengers(), 12, false);

        double sum = 0;
        for (double f : figure) {
            sum += f;
        }
        assertThat(sum).isCloseTo(0, within(1e-9));
        assertThat(figure[6]).isGreaterThan(0); // July is a peak month
    }

    @Test
    void seasonalityTestSeparatesSeasonalFromNonSeasonalData() {
        double[] alternating = new double[40];
        double[] noise = new double[40];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int t = 0; t < 40; t++) {
            alternating[t] = 10 + (t % 4 == 0 ? 5 : 0) + 0.01 * t;
            noise[t] = 10 + random.nextGaussian();
        }

        assertThat(SeasonalityTest.m4(ReferenceSeries.airPassengers(), 12)).isTrue();
        assertThat(SeasonalityTest.m4(alternating, 4)).isTrue();
        assertThat(SeasonalityTest.m4(noise, 4)).isFalse();
        assertThat(SeasonalityTest.m4(ReferenceSeries.nile(), 1)).isFalse();
    }

    @Test
    void seasonalityTestNeedsThreeCyclesForM4AndMoreThanTwoForTheta() {
        double[] y = new double[30];
        for (int t = 0; t < 30; t++) {
            y[t] = 10 + (t % 12 == 0 ? 8 : 0);
        }

        assertThat(SeasonalityTest.m4(y, 12)).isFalse();
        assertThat(SeasonalityTest.theta(y, 12)).isTrue();
    }

    @Test
    void normalQuantilesMatchR() {
        assertThat(Normal.centralMultiplier(95)).isCloseTo(1.9599639845400536, within(1e-12));
        assertThat(Normal.centralMultiplier(80)).isCloseTo(1.2815515655446008, within(1e-12));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
    }

    @Test
    void seasonalAdjustmentRoundTrips() {
        double[] y = ReferenceSeries.airPassengers();
        SeasonalAdjustment adjustment = SeasonalAdjustment.m4(y, 12);

        double[] back = adjustment.reseasonalize(adjustment.adjusted(), 0);

        assertThat(adjustment.seasonal()).isTrue();
        assertThat(back).containsExactly(y, within(1e-9));
    }

    @Test
    void seasonalAdjustmentIsSkippedForNonPositiveData() {
        double[] y = ReferenceSeries.airPassengers();
        y[10] = -1;

        assertThat(SeasonalAdjustment.m4(y, 12).seasonal()).isFalse();
    }
}
