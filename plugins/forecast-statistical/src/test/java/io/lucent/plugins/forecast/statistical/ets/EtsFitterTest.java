package io.lucent.plugins.forecast.statistical.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugins.forecast.statistical.ReferenceSeries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Maximum-likelihood fits, information criteria, forecasts and analytic intervals against R's {@code ets()} and
 * {@code forecast()} (R 4.2.2, forecast 8.20) on the Nile series.
 */
class EtsFitterTest {

    private static final Runnable NEVER_CANCELLED = () -> { };

    private static EtsFit fit(double[] y, int m, String model) {
        return new EtsFitter().fit(y, m, EtsSpec.parse(model), EtsParameters.FREE, NEVER_CANCELLED).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // model, R loglik, R aicc, R alpha, R sigma2
        "ANN, -726.39051999920582, 1459.0310399984116, 0.24553386269715649, 20802.801025564691",
        "AAN, -725.95606224494031, 1462.5504223622211, 0.20948891887754137, 21052.467506056022",
        "AAdN, -726.50204680102365, 1465.907319408499, 0.25616926435003923, 21507.651712814735",
        "MNN, -726.15095780314834, 1458.5519156062967, 0.1514031662366615, 0.023957056555940173",
        "MAN, -725.74124118671455, 1462.1207802457695, 0.12690371260831712, 0.024854174427694688",
        "MAdN, -726.3072606643974, 1465.5177471352465, 0.15860216367897814, 0.024691233381538794"
    })
    void nonSeasonalFitsMatchR(String model, double logLik, double aicc, double alpha, double sigma2) {
        EtsFit fit = fit(ReferenceSeries.nile(), 1, model);

        assertThat(fit.logLikelihood()).isCloseTo(logLik, within(0.02));
        assertThat(fit.aicc()).isCloseTo(aicc, within(0.04));
        assertThat(fit.parameters().alpha()).isCloseTo(alpha, within(0.01));
        assertThat(fit.sigma2()).isCloseTo(sigma2, within(sigma2 * 0.005));
    }

    @Test
    void informationCriteriaFollowTheirDefinitions() {
        EtsFit fit = fit(ReferenceSeries.nile(), 1, "AAN");
        int k = fit.parameterCount();
        int n = fit.observations();

        assertThat(k).isEqualTo(5); // alpha, beta, l0, b0, sigma
        assertThat(fit.aic()).isCloseTo(-2 * fit.logLikelihood() + 2 * k, within(1e-9));
        assertThat(fit.aicc()).isCloseTo(fit.aic() + 2.0 * k * (k + 1) / (n - k - 1), within(1e-9));
        assertThat(fit.bic()).isCloseTo(-2 * fit.logLikelihood() + Math.log(n) * k, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // model, R mean h=1, h=10, R lo80 h=1, h=10, R hi95 h=1, h=10
        "ANN, 805.38128285871971, 805.38128285871971, 620.54084310637586, 575.80812473927472, 1088.0703408266577, 1156.4831298921015",
        "AAdN, 801.81723108426092, 801.72123669285577, 613.87144926652479, 564.60098791623318, 1089.2554999083848, 1164.3653628461891",
        "MNN, 838.87516132299515, 838.87516132299515, 672.47637669179142, 655.70694989910783, 1093.3601416521353, 1119.0067667577537",
        "MAN, 830.92593894288029, 812.28263259424762, 663.04628204208086, 635.99881331713095, 1087.6757179677156, 1081.8854688199522"
    })
    void forecastsAndAnalyticIntervalsMatchR(String model, double mean1, double mean10, double lo80First,
                                             double lo80Last, double hi95First, double hi95Last) {
        EtsFit fit = fit(ReferenceSeries.nile(), 1, model);
        double[] point = EtsForecaster.point(fit, 10);
        List<PredictionInterval> intervals = EtsForecaster.intervals(fit, point, List.of(80.0, 95.0));

        double tolerance = 0.004; // relative: R's optimum and ours agree to a few parts in a thousand
        assertThat(point[0]).isCloseTo(mean1, within(mean1 * tolerance));
        assertThat(point[9]).isCloseTo(mean10, within(mean10 * tolerance));
        assertThat(intervals.get(0).lower()[0]).isCloseTo(lo80First, within(lo80First * tolerance));
        assertThat(intervals.get(0).lower()[9]).isCloseTo(lo80Last, within(lo80Last * tolerance));
        assertThat(intervals.get(1).upper()[0]).isCloseTo(hi95First, within(hi95First * tolerance));
        assertThat(intervals.get(1).upper()[9]).isCloseTo(hi95Last, within(hi95Last * tolerance));
    }

    @Test
    void seasonalFitReachesAtLeastRsLikelihood() {
        // R: ETS(M,Ad,M) on AirPassengers, log-likelihood -679.58321623695645, AICc 1400.6384324739129
        EtsFit fit = fit(ReferenceSeries.airPassengers(), 12, "MAdM");

        assertThat(fit.logLikelihood()).isGreaterThan(-679.58321623695645 - 1.0);
        assertThat(fit.parameters().phi()).isBetween(0.8, 0.98);
        assertThat(fit.parameters().beta()).isLessThanOrEqualTo(fit.parameters().alpha());
        assertThat(fit.parameters().gamma()).isLessThanOrEqualTo(1 - fit.parameters().alpha());
    }

    @Test
    void automaticSelectionChoosesRsModels() {
        AutoEts auto = new AutoEts();

        EtsFit passengers = auto.fit(ReferenceSeries.airPassengers(), 12, EtsPattern.AUTO, null, EtsParameters.FREE,
                NEVER_CANCELLED).orElseThrow();
        EtsFit nile = auto.fit(ReferenceSeries.nile(), 1, EtsPattern.AUTO, null, EtsParameters.FREE,
                NEVER_CANCELLED).orElseThrow();

        assertThat(passengers.spec()).hasToString("ETS(M,Ad,M)");
        assertThat(nile.spec()).hasToString("ETS(M,N,N)");
        assertThat(nile.aicc()).isCloseTo(1458.5519156062967, within(0.05));
    }

    @Test
    void interiorEstimatesGetStandardErrorsAndBoundaryEstimatesDoNot() {
        EtsFit ses = fit(ReferenceSeries.nile(), 1, "ANN");
        EtsFit holt = fit(ReferenceSeries.nile(), 1, "AAN");

        // alpha = 0.2455 is interior: a standard error of a few hundredths, as for an AR coefficient on n = 100
        assertThat(ses.standardErrors()[0]).isBetween(0.02, 0.2);
        assertThat(ses.standardErrors()[1]).isNaN();
        // Holt's beta sits on its lower bound 1e-4: the curvature there is undefined
        assertThat(holt.parameters().beta()).isLessThan(2e-4);
        assertThat(holt.standardErrors()).containsOnly(Double.NaN);
    }

    @Test
    void fixedParametersAreKept() {
        EtsFit fit = new EtsFitter().fit(ReferenceSeries.nile(), 1, EtsSpec.parse("AAdN"),
                new EtsParameters(0.3, Double.NaN, Double.NaN, 0.9), NEVER_CANCELLED).orElseThrow();

        assertThat(fit.parameters().alpha()).isEqualTo(0.3);
        assertThat(fit.parameters().phi()).isEqualTo(0.9);
        assertThat(fit.estimated()).containsExactly(false, true, false, false);
        assertThat(fit.parameterCount()).isEqualTo(4); // beta, l0, b0, sigma
    }

    @Test
    void modelsWithMoreParametersThanDataAreRefused() {
        double[] shortSeries = {5, 6, 7, 6, 8, 9, 8, 10};

        assertThat(new EtsFitter().fit(shortSeries, 4, EtsSpec.parse("AAdA"), EtsParameters.FREE, NEVER_CANCELLED))
                .isEmpty();
    }
}
