package io.lucent.plugins.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.ModelParameter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Checks each model against values worked out by hand from the FPP3 §5.5 formulas. */
class BaselineModelsTest {

    private static final Offset<Double> EPS = within(1e-12);
    private static final double[] Y = {1, 2, 4, 7};

    @Test
    void naiveRepeatsLastValueAndWidensWithSquareRootOfHorizon() {
        BaselineFit fit = NaiveModel.fit(Y, 3);

        // residuals 1, 2, 3 -> sigma² = 14 / 3 (no estimated parameter)
        double sigma = Math.sqrt(14.0 / 3);
        assertThat(fit.point()).containsExactly(7, 7, 7);
        assertThat(fit.summary().sigma2()).isCloseTo(14.0 / 3, EPS);
        assertThat(fit.standardErrors()[0]).isCloseTo(sigma, EPS);
        assertThat(fit.standardErrors()[2]).isCloseTo(sigma * Math.sqrt(3), EPS);
        assertThat(fit.fitted()).containsExactly(Double.NaN, 1, 2, 4);
        assertThat(fit.residuals()).containsExactly(Double.NaN, 1, 2, 3);
        assertThat(fit.summary().fallback()).isEmpty();
    }

    @Test
    void seasonalNaiveRepeatsLastSeasonAndWidensOncePerFullSeason() {
        double[] y = {10, 20, 30, 12, 21, 33, 14, 22, 31};
        BaselineFit fit = SeasonalNaiveModel.fit(y, 7, 3);

        // residuals: 2, 1, 3, 2, 1, -2 -> sigma² = 23 / 6
        double sigma = Math.sqrt(23.0 / 6);
        assertThat(fit.point()).containsExactly(14, 22, 31, 14, 22, 31, 14);
        assertThat(fit.summary().sigma2()).isCloseTo(23.0 / 6, EPS);
        assertThat(fit.standardErrors()[0]).isCloseTo(sigma, EPS);
        assertThat(fit.standardErrors()[2]).isCloseTo(sigma, EPS);
        assertThat(fit.standardErrors()[3]).isCloseTo(sigma * Math.sqrt(2), EPS);
        assertThat(fit.standardErrors()[6]).isCloseTo(sigma * Math.sqrt(3), EPS);
        assertThat(fit.fitted()[3]).isEqualTo(10);
        assertThat(fit.fitted()[2]).isNaN();
        assertThat(fit.summary().model()).isEqualTo("SNAIVE[3]");
    }

    @Test
    void seasonalNaiveFallsBackToNaiveWithoutAFullSeasonAndSaysWhy() {
        BaselineFit fit = SeasonalNaiveModel.fit(Y, 2, 12);

        assertThat(fit.point()).containsExactly(7, 7);
        assertThat(fit.summary().model()).isEqualTo("NAIVE");
        assertThat(fit.summary().fallback()).hasValueSatisfying(reason -> assertThat(reason).contains("12", "4"));
        assertThat(fit.notes()).anySatisfy(note -> assertThat(note).contains("naive method instead"));
    }

    @Test
    void seasonalNaiveWithoutSeasonalPeriodIsNaive() {
        BaselineFit fit = SeasonalNaiveModel.fit(Y, 2, 1);

        assertThat(fit.point()).containsExactly(7, 7);
        assertThat(fit.summary().fallback()).isEmpty();
        assertThat(fit.notes()).anyMatch(note -> note.contains("no seasonal period"));
    }

    @Test
    void driftExtendsTheAverageChangeWithItsOwnVarianceFormula() {
        BaselineFit fit = DriftModel.fit(Y, 2);

        // drift b = (7 - 1) / 3 = 2; residuals -1, 0, 1 -> sigma² = 2 / (3 - 1) = 1
        assertThat(fit.point()).containsExactly(9, 11);
        assertThat(fit.summary().sigma2()).isCloseTo(1.0, EPS);
        // sigma_h = sigma * sqrt(h * (1 + h / (T - 1))) with T = 4
        assertThat(fit.standardErrors()[0]).isCloseTo(Math.sqrt(1 * (1 + 1.0 / 3)), EPS);
        assertThat(fit.standardErrors()[1]).isCloseTo(Math.sqrt(2 * (1 + 2.0 / 3)), EPS);
        assertThat(fit.fitted()).containsExactly(Double.NaN, 3, 4, 6);
        ModelParameter drift = fit.summary().parameters().get(0);
        assertThat(drift.name()).isEqualTo("drift");
        assertThat(drift.value()).isCloseTo(2.0, EPS);
        assertThat(drift.standardError()).isCloseTo(1 / Math.sqrt(3), EPS);
    }

    @Test
    void driftFallsBackToNaiveOnASingleObservation() {
        BaselineFit fit = DriftModel.fit(new double[] {5}, 2);

        assertThat(fit.point()).containsExactly(5, 5);
        assertThat(fit.summary().fallback()).isPresent();
        assertThat(fit.standardErrors()).containsExactly(0, 0);
    }

    @Test
    void meanForecastsTheAverageWithConstantUncertainty() {
        BaselineFit fit = MeanModel.fit(Y, 3);

        // mean 3.5; residuals -2.5, -1.5, 0.5, 3.5 -> sum of squares 21, sigma² = 21 / 3 = 7
        double se = Math.sqrt(7) * Math.sqrt(1 + 1.0 / 4);
        assertThat(fit.point()).containsExactly(3.5, 3.5, 3.5);
        assertThat(fit.summary().sigma2()).isCloseTo(7.0, EPS);
        assertThat(fit.standardErrors()).containsOnly(se);
        assertThat(fit.residuals()).containsExactly(-2.5, -1.5, 0.5, 3.5);
        assertThat(fit.summary().parameters().get(0).standardError()).isCloseTo(Math.sqrt(7) / 2, EPS);
    }

    @Test
    void notesThatUncertaintyCannotBeEstimatedFromOneObservation() {
        BaselineFit fit = MeanModel.fit(new double[] {4}, 1);

        assertThat(fit.point()).containsExactly(4);
        assertThat(fit.standardErrors()).containsExactly(0);
        assertThat(fit.notes()).containsExactly(ResidualVariance.NOT_ESTIMATED_NOTE);
    }
}
