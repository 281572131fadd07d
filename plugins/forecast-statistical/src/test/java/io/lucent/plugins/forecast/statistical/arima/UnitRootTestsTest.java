package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** KPSS, STL seasonal strength and the differencing choices against R 4.2.2 (urca 1.3, forecast 8.20). */
class UnitRootTestsTest {

    @Test
    void kpssStatisticMatchesUrca() {
        // urca::ur.kpss(x, type = "mu", use.lag = trunc(3 * sqrt(n) / 13))@teststat
        double[] logAp = ReferenceSeries.logAirPassengers();
        assertThat(KpssTest.statistic(ReferenceSeries.LYNX)).isCloseTo(0.06946508209, within(1e-10));
        assertThat(KpssTest.statistic(logAp)).isCloseTo(4.540881548, within(1e-8));
        assertThat(KpssTest.statistic(Differencing.diff(logAp, 1, 1))).isCloseTo(0.02201718371, within(1e-10));
    }

    @Test
    void kpssPValueInterpolatesTheCriticalValues() {
        assertThat(KpssTest.pValue(0.1)).isEqualTo(0.10);
        assertThat(KpssTest.pValue(0.463)).isCloseTo(0.05, within(1e-12));
        assertThat(KpssTest.pValue((0.463 + 0.574) / 2)).isCloseTo(0.0375, within(1e-12));
        assertThat(KpssTest.pValue(5)).isEqualTo(0.01);
    }

    @Test
    void seasonalStrengthMatchesR() {
        // forecast:::seas.heuristic
        assertThat(SeasonalStrength.of(ReferenceSeries.logAirPassengers(), 12)).isCloseTo(0.96445397, within(1e-8));
        assertThat(SeasonalStrength.of(ReferenceSeries.US_ACCIDENTAL_DEATHS, 12)).isCloseTo(0.9447944649, within(1e-9));
        assertThat(SeasonalStrength.of(Arrays.copyOf(ReferenceSeries.LYNX, 60), 4)).isCloseTo(0.1192788188, within(1e-9));
    }

    @Test
    void differencingOrdersMatchR() {
        // ndiffs(log(AirPassengers)) = 1, ndiffs(lynx) = 0, ndiffs(WWWusage) = 1, nsdiffs(log(AirPassengers)) = 1
        assertThat(DifferencingSelector.differences(ReferenceSeries.logAirPassengers(), 2)).isEqualTo(1);
        assertThat(DifferencingSelector.differences(ReferenceSeries.LYNX, 2)).isZero();
        assertThat(DifferencingSelector.differences(ReferenceSeries.WWW_USAGE, 2)).isEqualTo(1);
        assertThat(DifferencingSelector.seasonalDifferences(ReferenceSeries.logAirPassengers(), 12)).isEqualTo(1);
        assertThat(DifferencingSelector.seasonalDifferences(Arrays.copyOf(ReferenceSeries.LYNX, 60), 4)).isZero();
    }

    @Test
    void ocsbMatchesR() {
        // forecast::ocsb.test(x, maxlag = 3, lag.method = "AIC")$statistics and $critical
        assertThat(OcsbTest.statistic(ReferenceSeries.logAirPassengers(), 12)).isCloseTo(-1.950829753, within(1e-8));
        assertThat(OcsbTest.statistic(ReferenceSeries.US_ACCIDENTAL_DEATHS, 12)).isCloseTo(-2.227109303, within(1e-8));
        assertThat(OcsbTest.statistic(Arrays.copyOf(ReferenceSeries.LYNX, 60), 4)).isCloseTo(-4.794582233, within(1e-8));
        assertThat(OcsbTest.statistic(ReferenceSeries.AIR_PASSENGERS, 12)).isCloseTo(1.51876238, within(1e-8));
        assertThat(OcsbTest.statistic(ReferenceSeries.WWW_USAGE, 7)).isCloseTo(-9.457938253, within(1e-8));
        assertThat(OcsbTest.criticalValue(12)).isCloseTo(-1.802962791, within(1e-9));
        assertThat(OcsbTest.criticalValue(4)).isCloseTo(-1.892699925, within(1e-9));
        // nsdiffs(x, test = "ocsb"): 0 for log(AirPassengers), 1 for AirPassengers
        assertThat(DifferencingSelector.seasonalDifferences(ReferenceSeries.logAirPassengers(), 12, SeasonalTest.OCSB))
                .isZero();
        assertThat(DifferencingSelector.seasonalDifferences(ReferenceSeries.AIR_PASSENGERS, 12, SeasonalTest.OCSB))
                .isEqualTo(1);
    }

    @Test
    void constancyFollowsAllEqual() {
        assertThat(DifferencingSelector.isConstant(new double[] {3, 3, 3})).isTrue();
        assertThat(DifferencingSelector.isConstant(new double[] {1e6, 1e6 + 1e-3})).isTrue();
        assertThat(DifferencingSelector.isConstant(new double[] {1, 1.001})).isFalse();
        assertThat(DifferencingSelector.isConstant(new double[] {0, 0, 0})).isTrue();
    }
}
