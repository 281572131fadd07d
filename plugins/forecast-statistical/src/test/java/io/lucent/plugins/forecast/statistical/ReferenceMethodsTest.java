package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Naive2, Theta, SES and damped Holt against R (forecast 8.20 {@code thetaf}, {@code ses}, {@code holt}, and
 * the M4 benchmark code for Naive2).
 */
class ReferenceMethodsTest {

    private static ForecastResult run(ForecastMethod method, double[] values, Frequency frequency, int period,
                                      int horizon) {
        TimeSeries series = new TimeSeries("s", values, List.of(), frequency, period);
        return method.forecast(new ForecastRequest(series, horizon, List.of(80.0, 95.0)),
                TestContext.defaults(method));
    }

    @Test
    void naive2MatchesTheM4BenchmarkOnAirPassengers() {
        ForecastResult result = run(new Naive2Method(), ReferenceSeries.airPassengers(), Frequency.MONTHLY, 12, 12);

        assertThat(result.point()[0]).isCloseTo(437.48202995620539, within(1e-9));
        assertThat(result.point()[6]).isCloseTo(589.51670699002182, within(1e-9));
        assertThat(result.point()[11]).isCloseTo(432, within(1e-9));
        assertThat(result.summary().model()).isEqualTo("Naive2 (seasonally adjusted)");
    }

    @Test
    void thetaMatchesRsThetafOnSeasonalData() {
        ForecastResult result = run(new ThetaMethod(), ReferenceSeries.airPassengers(), Frequency.MONTHLY, 12, 12);

        assertThat(result.point()[0]).isCloseTo(440.0781910815864, within(0.05));
        assertThat(result.point()[6]).isCloseTo(602.75200182239598, within(0.05));
        assertThat(result.point()[11]).isCloseTo(447.6449087428964, within(0.05));
    }

    @Test
    void thetaMatchesRsThetafPointsAndIntervalsOnNonSeasonalData() {
        ForecastResult result = run(new ThetaMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 10);

        assertThat(result.point()[0]).isCloseTo(799.8119962158562, within(0.5));
        assertThat(result.point()[9]).isCloseTo(787.59762177841242, within(0.5));
        assertThat(result.interval(80).orElseThrow().lower()[0]).isCloseTo(614.97155928496636, within(1.0));
        assertThat(result.interval(95).orElseThrow().upper()[9]).isCloseTo(1138.7670192331489, within(1.5));
    }

    @Test
    void sesAndDampedHoltMatchR() {
        ForecastResult ses = run(new SesMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);
        ForecastResult damped = run(new DampedMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);

        assertThat(ses.point()[0]).isCloseTo(805.33632932574335, within(0.2));
        assertThat(damped.point()[0]).isCloseTo(801.80866350731856, within(0.2));
        assertThat(damped.point()[4]).isCloseTo(801.74321794169771, within(0.2));
        assertThat(ses.summary().model()).isEqualTo("ETS(A,N,N)");
        assertThat(damped.summary().model()).isEqualTo("ETS(A,Ad,N)");
    }

    @Test
    void smoothingMethodsSeasonallyAdjustSeasonalSeriesByDefault() {
        ForecastResult adjusted = run(new HoltMethod(), ReferenceSeries.airPassengers(), Frequency.MONTHLY, 12, 12);
        HoltMethod holt = new HoltMethod();
        ForecastResult plain = holt.forecast(
                new ForecastRequest(new TimeSeries("s", ReferenceSeries.airPassengers(), List.of(), Frequency.MONTHLY,
                        12), 12, List.of(80.0, 95.0)),
                TestContext.of(holt, java.util.Map.of("seasonalAdjustment", false)));

        assertThat(adjusted.summary().model()).isEqualTo("seasonally adjusted ETS(A,A,N)");
        assertThat(plain.summary().model()).isEqualTo("ETS(A,A,N)");
        // the adjusted forecasts follow the seasonal pattern: July above November
        assertThat(adjusted.point()[6]).isGreaterThan(adjusted.point()[10] * 1.2);
    }

    @Test
    void combAveragesSesHoltAndDamped() {
        ForecastResult comb = run(new CombMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);
        ForecastResult ses = run(new SesMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);
        ForecastResult holt = run(new HoltMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);
        ForecastResult damped = run(new DampedMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 5);

        for (int h = 0; h < 5; h++) {
            double mean = (ses.point()[h] + holt.point()[h] + damped.point()[h]) / 3;
            assertThat(comb.point()[h]).isCloseTo(mean, within(1e-9));
        }
    }

    @Test
    void dotmFitsItsParametersWithinBounds() {
        ForecastResult result = run(new DotmMethod(), ReferenceSeries.nile(), Frequency.YEARLY, 1, 10);

        double alpha = result.summary().parameters().get(0).value();
        double theta = result.summary().parameters().get(1).value();
        assertThat(alpha).isBetween(0.01, 0.99);
        assertThat(theta).isGreaterThanOrEqualTo(1.0);
        // a level series: forecasts stay within the range of the data
        for (double v : result.point()) {
            assertThat(v).isBetween(456.0, 1370.0);
        }
    }
}
