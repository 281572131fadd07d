package io.lucent.plugins.forecast.statistical.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugins.forecast.statistical.ReferenceSeries;
import org.junit.jupiter.api.Test;

/**
 * The likelihood recursions reproduce R's {@code ets()} log-likelihood exactly when given R's estimates
 * (parameters and initial states exported from R 4.2.2 / forecast 8.20).
 */
class EtsLikelihoodTest {

    /** R's seasonal states s0..s(m-2) (s0 most recent) completed and put in next-used-first order. */
    private static double[] season(double[] rStates, boolean multiplicative) {
        int m = rStates.length + 1;
        double[] out = new double[m];
        double sum = 0;
        for (int j = 0; j < m - 1; j++) {
            out[m - 1 - j] = rStates[j];
            sum += rStates[j];
        }
        out[0] = (multiplicative ? m : 0) - sum;
        return out;
    }

    private static double logLik(String model, double[] y, double alpha, double beta, double gamma, double phi,
                                 double level, double trend, double[] season) {
        return -0.5 * EtsFilter.criterion(EtsSpec.parse(model), y, alpha, beta, gamma, phi, level, trend, season);
    }

    @Test
    void multiplicativeHoltWintersMatchesR() {
        double[] s = season(new double[] {0.90004111994684366, 0.78266910706806425, 0.90136804386885416,
            1.0476177697608089, 1.1537067990618175, 1.1830314019678256, 1.0839951214625223, 0.97865889878328527,
            1.0331616425763399, 1.0807569099010852, 0.95224788418681494}, true);
        double ll = logLik("MAM", ReferenceSeries.airPassengers(), 0.39499685049501421, 0.010700441903343723,
                0.39953920240055874, 1, 122.37542601647627, 1.1073665820835703, s);
        assertThat(ll).isCloseTo(-682.40361905780605, within(1e-6));
    }

    @Test
    void multiplicativeSeasonWithoutTrendMatchesR() {
        double[] s = season(new double[] {0.91139539137154346, 0.75198882618171004, 0.90346194483515219,
            1.0448296498563177, 1.1391180820867592, 1.1652233856559773, 1.0870289747437472, 0.95237560656572651,
            1.0472587298119163, 1.0634862360025004, 0.9872766170923164}, true);
        double ll = logLik("MNM", ReferenceSeries.airPassengers(), 0.40725281863528784, 0, 0.59266161213322199, 1,
                143.41766754051591, 0, s);
        assertThat(ll).isCloseTo(-715.65719689784396, within(1e-6));
    }

    @Test
    void additiveSeasonMatchesR() {
        double[] s = season(new double[] {-27.518668901365452, -54.074885216052166, -22.26416739270579,
            15.223678439865854, 63.457351185015391, 64.407761308956168, 33.062504012163288, -2.5196063314225916,
            -8.1997976406112567, -1.8059950317857245, -35.838403623058653}, false);
        double ll = logLik("ANA", ReferenceSeries.airPassengers(), 0.99989961970665775, 0, 0.00010025131845205391,
                1, 145.08393364362627, 0, s);
        assertThat(ll).isCloseTo(-767.42953896482254, within(1e-6));
    }

    @Test
    void dampedTrendMatchesR() {
        double ll = logLik("AAdN", ReferenceSeries.nile(), 0.25616926435003923, 0.00010003506623591201, 0,
                0.80000427253866979, 1111.1127346097051, 11.249687057003957, new double[0]);
        assertThat(ll).isCloseTo(-726.50204680102365, within(1e-6));
    }

    @Test
    void multiplicativeErrorLevelMatchesR() {
        double ll = logLik("MNN", ReferenceSeries.nile(), 0.1514031662366615, 0, 0, 1, 1087.7718249928084, 0,
                new double[0]);
        assertThat(ll).isCloseTo(-726.15095780314834, within(1e-6));
    }
}
