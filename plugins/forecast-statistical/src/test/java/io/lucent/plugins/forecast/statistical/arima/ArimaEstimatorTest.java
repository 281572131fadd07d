package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fixed-order fits against R 4.2.2 {@code stats::arima} (default CSS-ML, Gardner initialisation). For models
 * with differencing R's likelihood uses an approximately diffuse prior (kappa = 1e6) whose error grows with
 * the level of the series; this implementation is exactly diffuse, so those references were computed with
 * {@code kappa = 1e8}, where R converges to the exact value.
 */
class ArimaEstimatorTest {

    private static ArimaFit fit(double[] y, ArimaSpec spec, EstimationMethod method) {
        return ArimaEstimator.fit(y, spec, method, Double.NaN);
    }

    @Test
    void ar2WithMeanMatchesR() {
        // arima(log(AirPassengers), order = c(2, 0, 0))
        ArimaFit f = fit(ReferenceSeries.logAirPassengers(), ArimaSpec.of(2, 0, 0, true), EstimationMethod.CSS_ML);
        assertThat(f.logLikelihood()).isCloseTo(120.641339, within(1e-5));
        assertThat(f.aic()).isCloseTo(-233.282677, within(1e-5));
        assertThat(f.sigma2()).isCloseTo(0.01072270, within(1e-7));
        assertThat(f.coefficients()).containsExactly(new double[] {1.1932445, -0.2222964, 5.5069655}, within(2e-6));
        assertThat(f.standardErrors()).containsExactly(new double[] {0.08120130, 0.08213059, 0.25544978}, within(1e-5));
        assertThat(f.names()).containsExactly("ar1", "ar2", "intercept");
    }

    @Test
    void driftModelMatchesR() {
        // arima(log(AirPassengers), order = c(0, 1, 1), xreg = 1:144)
        ArimaFit f = fit(ReferenceSeries.logAirPassengers(), ArimaSpec.of(0, 1, 1, true), EstimationMethod.CSS_ML);
        assertThat(f.logLikelihood()).isCloseTo(121.753659, within(1e-4));
        assertThat(f.coefficients()).containsExactly(new double[] {0.272149173, 0.009726334}, within(1e-5));
        assertThat(f.standardErrors()).containsExactly(new double[] {0.09473740, 0.01096814}, within(1e-5));
        assertThat(f.names()).containsExactly("ma1", "drift");
    }

    @Test
    void lynxAr2MatchesR() {
        // arima(lynx, order = c(2, 0, 0))
        ArimaFit f = fit(ReferenceSeries.LYNX, ArimaSpec.of(2, 0, 0, true), EstimationMethod.CSS_ML);
        assertThat(f.logLikelihood()).isCloseTo(-935.0159246, within(1e-5));
        assertThat(f.coefficients()).containsExactly(new double[] {1.147436038, -0.599745212, 1545.445844}, within(1e-4));
        assertThat(f.standardErrors()).containsExactly(new double[] {0.07422135, 0.07399923, 181.673527}, within(1e-3));
    }

    @Test
    void airlineModelMatchesR() {
        // arima(log(AirPassengers), order = c(0, 1, 1), seasonal = c(0, 1, 1), kappa = 1e8): loglik 244.6965
        // (244.6995 with the default kappa = 1e6), ma1 -0.40182, sma1 -0.55694, s.e. 0.0896, 0.0731
        ArimaFit f = fit(ReferenceSeries.logAirPassengers(), new ArimaSpec(0, 1, 1, 0, 1, 1, 12, false),
                EstimationMethod.CSS_ML);
        assertThat(f.logLikelihood()).isCloseTo(244.6965, within(2e-4));
        assertThat(f.coefficients()).containsExactly(new double[] {-0.40182, -0.55694}, within(5e-5));
        assertThat(f.standardErrors()).containsExactly(new double[] {0.08964, 0.07310}, within(1e-4));
        assertThat(f.aic()).isCloseTo(-2 * f.logLikelihood() + 2 * 3, within(1e-9));
    }

    @Test
    void seasonalArmaMatchesR() {
        // arima(log(AirPassengers), order = c(1, 1, 1), seasonal = c(0, 1, 1)): ar1 0.19603, ma1 -0.57839,
        // sma1 -0.56430 with s.e. 0.2475, 0.2132, 0.0747 (loglik 244.9497 with kappa 1e6)
        ArimaFit f = fit(ReferenceSeries.logAirPassengers(), new ArimaSpec(1, 1, 1, 0, 1, 1, 12, false),
                EstimationMethod.CSS_ML);
        assertThat(f.coefficients()).containsExactly(new double[] {0.19603, -0.57839, -0.56430}, within(2e-3));
        assertThat(f.standardErrors()).containsExactly(new double[] {0.2475, 0.2132, 0.0747}, within(2e-3));
        assertThat(f.logLikelihood()).isCloseTo(244.9497, within(0.01));
    }

    @Test
    void conditionalSumOfSquaresMatchesR() {
        // arima(log(AirPassengers), order = c(2, 0, 0), method = "CSS")
        ArimaFit f = fit(ReferenceSeries.logAirPassengers(), ArimaSpec.of(2, 0, 0, true), EstimationMethod.CSS);
        assertThat(f.logLikelihood()).isCloseTo(123.2139708, within(1e-4));
        assertThat(f.sigma2()).isCloseTo(0.01057584961, within(1e-8));
        assertThat(f.coefficients()).containsExactly(new double[] {1.174280337, -0.2148306915, 5.724341376}, within(1e-4));
        ArimaFit withSe = ArimaEstimator.fit(ReferenceSeries.logAirPassengers(), ArimaSpec.of(2, 0, 0, true),
                EstimationMethod.CSS, Double.NaN);
        assertThat(withSe.standardErrors()).containsExactly(new double[] {0.08167235, 0.08093739, 0.23034294}, within(1e-3));
        assertThat(Double.isNaN(f.aic())).isTrue();
    }

    @Test
    void fixedConstantIsNotEstimated() {
        double[] y = ReferenceSeries.logAirPassengers();
        ArimaFit f = ArimaEstimator.fit(y, ArimaSpec.of(1, 0, 0, true), EstimationMethod.CSS_ML, 5.5);
        assertThat(f.coefficients()[1]).isEqualTo(5.5);
        assertThat(f.free()).containsExactly(true, false);
        assertThat(Double.isNaN(f.standardErrors()[1])).isTrue();
        assertThat(f.estimatedCount()).isEqualTo(1);
    }
}
