package io.lucent.plugins.forecast.statistical.ces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Estimation, information criteria and form selection on series simulated from known CES models. */
class CesFitterTest {

    private static final double A0 = 1.5;
    private static final double A1 = 0.95;

    /** A CES path with lag m (m = 1: non-seasonal), unit-variance errors. */
    private static double[] simulate(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] states = new double[n + m][];
        for (int i = 0; i < m; i++) {
            states[i] = new double[] {50 + 10 * i, 40 + 8 * i};
        }
        double[] y = new double[n];
        for (int t = 0; t < n; t++) {
            double[] s = states[t];
            double e = random.nextGaussian();
            y[t] = s[0] + e;
            states[t + m] = new double[] {s[0] - (1 - A1) * s[1] + (A0 - A1) * e,
                s[0] + (1 - A0) * s[1] + (A0 + A1) * e};
        }
        return y;
    }

    @Test
    void recoversTheParametersOfASimulatedNonSeasonalModel() {
        double[] y = simulate(400, 1, 3);

        CesFit fit = new CesFitter(CesInitialisation.OPTIMAL).fit(y, 1, CesSeasonality.NONE, () -> { }).orElseThrow();

        assertThat(fit.parameters().a0()).isCloseTo(A0, within(0.15));
        assertThat(fit.parameters().a1()).isCloseTo(A1, within(0.02));
        assertThat(fit.sigma2()).isCloseTo(1.0, within(0.15));
        assertThat(fit.system().stable()).isTrue();
    }

    @Test
    void likelihoodAndCriteriaFollowTheGaussianFormulas() {
        double[] y = simulate(60, 1, 5);

        CesFit fit = new CesFitter(CesInitialisation.BACKCAST).fit(y, 1, CesSeasonality.NONE, () -> { }).orElseThrow();

        int n = 60;
        int k = 3; // a0, a1 and the variance
        double sse = 0;
        for (int t = 0; t < n; t++) {
            sse += (y[t] - fit.fitted()[t]) * (y[t] - fit.fitted()[t]);
        }
        double logLik = -0.5 * n * (Math.log(2 * Math.PI * sse / n) + 1);
        assertThat(fit.estimated()).isEqualTo(k);
        assertThat(fit.sse()).isCloseTo(sse, within(1e-9 * sse));
        assertThat(fit.logLikelihood()).isCloseTo(logLik, within(1e-9));
        assertThat(fit.aicc()).isCloseTo(-2 * logLik + 2 * k + 2.0 * k * (k + 1) / (n - k - 1), within(1e-9));
        assertThat(fit.bic()).isCloseTo(-2 * logLik + Math.log(n) * k, within(1e-9));
    }

    @Test
    void backcastingFitsBetterThanTheHeuristicStartAlone() {
        double[] y = simulate(80, 1, 11);
        CesParameters p = new CesParameters(A0, A1, Double.NaN, Double.NaN);
        CesSystem system = CesSystem.of(CesSeasonality.NONE, 1, p);
        double heuristic = CesFilter.run(system, y, CesStartStates.of(system, CesSeasonality.NONE, y)).sse();

        CesFit fit = new CesFitter(CesInitialisation.BACKCAST).fit(y, 1, CesSeasonality.NONE, () -> { }).orElseThrow();

        assertThat(fit.sse()).isLessThan(heuristic);
    }

    @Test
    void aiccChoosesASeasonalFormOnSeasonalDataAndNoneWithoutPeriod() {
        double[] y = simulate(240, 4, 7);
        CesFitter fitter = new CesFitter(CesInitialisation.BACKCAST);
        AutoCes auto = new AutoCes(fitter, AutoCes.DEFAULT_CANDIDATES);

        CesFit chosen = auto.fit(y, 4, () -> { }).orElseThrow();

        // FULL nests SIMPLE (a level pair that stays at zero), so either seasonal form may win
        assertThat(chosen.seasonality()).isIn(CesSeasonality.SIMPLE, CesSeasonality.FULL);
        for (CesSeasonality form : AutoCes.DEFAULT_CANDIDATES) {
            fitter.fit(y, 4, form, () -> { }).ifPresent(f -> assertThat(chosen.aicc()).isLessThanOrEqualTo(f.aicc()));
        }
        CesFit none = fitter.fit(y, 4, CesSeasonality.NONE, () -> { }).orElseThrow();
        assertThat(none.aicc()).isGreaterThan(chosen.aicc() + 100);
        assertThat(auto.fit(y, 1, () -> { }).orElseThrow().seasonality()).isEqualTo(CesSeasonality.NONE);
    }

    @Test
    void seriesTooShortForAFormAreNotFitted() {
        CesFitter fitter = new CesFitter(CesInitialisation.BACKCAST);

        assertThat(fitter.fit(new double[] {1, 3, 2, 4}, 1, CesSeasonality.NONE, () -> { })).isEmpty();
        assertThat(fitter.fit(simulate(20, 1, 1), 12, CesSeasonality.FULL, () -> { })).isEmpty();
        assertThat(fitter.fit(new double[] {1, 3, 2, 4, 3}, 1, CesSeasonality.NONE, () -> { })).isPresent();
    }

    @Test
    void forecastStandardErrorsAccumulateTheSquaredImpulseResponses() {
        double[] y = simulate(100, 1, 2);
        CesFit fit = new CesFitter(CesInitialisation.BACKCAST).fit(y, 1, CesSeasonality.NONE, () -> { }).orElseThrow();

        CesForecast forecast = CesForecast.of(fit, 5);

        double[] psi = CesFilter.impulseResponses(fit.system(), 5);
        double sum = 0;
        for (int h = 0; h < 5; h++) {
            sum += psi[h] * psi[h];
            assertThat(forecast.standardErrors()[h]).isCloseTo(Math.sqrt(fit.sigma2() * sum), within(1e-12));
        }
        assertThat(forecast.standardErrors()[0]).isCloseTo(Math.sqrt(fit.sigma2()), within(1e-12));
    }
}
