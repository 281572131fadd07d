package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fallbacks, notes, settings and cancellation. */
class RobustnessTest {

    private static ForecastRequest request(double[] values, int period) {
        return new ForecastRequest(new TimeSeries("s", values, List.of(), Frequency.MONTHLY, period), 6,
                List.of(80.0, 95.0));
    }

    @Test
    void tooShortSeriesFallBackToNaiveWithTheReason() {
        EtsMethod ets = new EtsMethod();

        ForecastResult result = ets.forecast(request(new double[] {4, 6, 5}, 12), TestContext.defaults(ets));

        assertThat(result.summary().fallback()).isPresent();
        assertThat(result.summary().model()).isEqualTo("Naive");
        assertThat(result.point()).containsOnly(5.0);
        assertThat(result.notes()).anyMatch(n -> n.startsWith("fell back to the naive method"));
    }

    @Test
    void constantSeriesAreForecastByTheirValue() {
        ThetaMethod theta = new ThetaMethod();

        ForecastResult result = theta.forecast(request(new double[] {2, 2, 2, 2, 2, 2, 2, 2}, 1),
                TestContext.defaults(theta));

        assertThat(result.point()).containsOnly(2.0);
        assertThat(result.summary().fallback()).contains("the series is constant");
    }

    @Test
    void missingValuesAreInterpolatedAndReported() {
        double[] values = ReferenceSeries.airPassengers();
        values[20] = Double.NaN;
        EtsMethod ets = new EtsMethod();

        ForecastResult result = ets.forecast(request(values, 12), TestContext.defaults(ets));

        assertThat(result.notes()).contains("1 missing value(s) were filled by linear interpolation");
        assertThat(result.residuals()[20]).isNaN();
        assertThat(result.fitted()[20]).isFinite();
        assertThat(result.summary().fallback()).isEmpty();
    }

    @Test
    void longHistoriesAreCutToTheWindow() {
        double[] values = new double[1500];
        for (int t = 0; t < values.length; t++) {
            values[t] = 100 + Math.sin(t / 5.0) * 10 + t * 0.01;
        }
        EtsMethod ets = new EtsMethod();

        ForecastResult result = ets.forecast(request(values, 1), TestContext.defaults(ets));

        assertThat(result.notes()).contains("fitted on the last 1000 of 1500 observations");
        assertThat(result.fitted()[499]).isNaN();
        assertThat(result.fitted()[500]).isFinite();
    }

    @Test
    void multiplicativeModelsAreExcludedForNonPositiveData() {
        double[] values = ReferenceSeries.airPassengers();
        for (int t = 0; t < values.length; t++) {
            values[t] -= 300;
        }
        EtsMethod ets = new EtsMethod();

        ForecastResult result = ets.forecast(request(values, 12), TestContext.defaults(ets));

        assertThat(result.summary().model()).startsWith("ETS(A,");
        assertThat(result.summary().model()).doesNotContain("M");
    }

    @Test
    void manualModelAndFixedParametersAreHonoured() {
        EtsMethod ets = new EtsMethod();

        ForecastResult result = ets.forecast(request(ReferenceSeries.airPassengers(), 12),
                TestContext.of(ets, Map.of("model", "MAdM", "alpha", 0.5)));

        assertThat(result.summary().model()).isEqualTo("ETS(M,Ad,M)");
        assertThat(result.summary().parameters().get(0).value()).isEqualTo(0.5);
        assertThat(result.summary().parameters().get(0).fixed()).isTrue();
        assertThat(result.summary().aicc()).isFinite();
    }

    @Test
    void malformedModelStringsAreInvalidInput() {
        EtsMethod ets = new EtsMethod();

        assertThatThrownBy(() -> ets.forecast(request(ReferenceSeries.airPassengers(), 12),
                TestContext.of(ets, Map.of("model", "XYZ"))))
                .isInstanceOf(PluginException.class)
                .extracting(e -> ((PluginException) e).kind()).isEqualTo(PluginException.Kind.INVALID_INPUT);
    }

    @Test
    void seriesWithoutObservationsAreInvalidInput() {
        Naive2Method naive2 = new Naive2Method();

        assertThatThrownBy(() -> naive2.forecast(request(new double[] {Double.NaN, Double.NaN}, 1),
                TestContext.defaults(naive2)))
                .isInstanceOf(PluginException.class);
    }

    @Test
    void cancellationPropagates() {
        AutoMethod auto = new AutoMethod();
        TestContext cancelled = new TestContext(auto.settingsSchema().validate(Map.of()), true);

        assertThatThrownBy(() -> auto.forecast(request(ReferenceSeries.airPassengers(), 12), cancelled))
                .isInstanceOf(CancelledException.class);
    }

    @Test
    void autoNamesItsMembers() {
        AutoMethod auto = new AutoMethod();

        ForecastResult result = auto.forecast(request(ReferenceSeries.airPassengers(), 12), TestContext.defaults(auto));

        assertThat(result.method()).isEqualTo("auto");
        assertThat(result.summary().model()).contains("ets=ETS Akaike-weighted (best ETS(").contains("arima=ARIMA")
                .contains("theta=").contains("dotm=").contains("comb=").contains("thief=THieF(ETS(");
    }

    @Test
    void autoIntervalsEnvelopeTheMembersAndPointsAreTheirMean() {
        AutoMethod auto = new AutoMethod();
        ThetaMethod theta = new ThetaMethod();
        ForecastRequest request = request(ReferenceSeries.airPassengers(), 12);

        ForecastResult combined = auto.forecast(request, TestContext.defaults(auto));
        ModelOutput etsMember = new EtsAkaikeModel().fit(ReferenceSeries.airPassengers(), 12, 6,
                request.levels(), () -> { });
        ModelOutput thiefMember = new ThiefModel(EtsModel.AUTO).fit(ReferenceSeries.airPassengers(), 12, 6,
                request.levels(), () -> { });
        ForecastResult thetaResult = theta.forecast(request, TestContext.defaults(theta));

        int at95 = request.levels().indexOf(95.0);
        for (int h = 0; h < 6; h++) {
            double lower = combined.interval(95).orElseThrow().lower()[h];
            double upper = combined.interval(95).orElseThrow().upper()[h];
            assertThat(lower).isLessThanOrEqualTo(etsMember.intervals().get(at95).lower()[h]);
            assertThat(lower).isLessThanOrEqualTo(thiefMember.intervals().get(at95).lower()[h]);
            assertThat(lower).isLessThanOrEqualTo(thetaResult.interval(95).orElseThrow().lower()[h]);
            assertThat(upper).isGreaterThanOrEqualTo(etsMember.intervals().get(at95).upper()[h]);
            assertThat(upper).isGreaterThanOrEqualTo(thiefMember.intervals().get(at95).upper()[h]);
            assertThat(upper).isGreaterThanOrEqualTo(thetaResult.interval(95).orElseThrow().upper()[h]);
        }
        ForecastResult pooled = auto.forecast(request, TestContext.of(auto, Map.of("intervals", "pooled")));
        assertThat(pooled.point()).containsExactly(combined.point());
        assertThat(pooled.interval(95).orElseThrow().upper()[5])
                .isLessThan(combined.interval(95).orElseThrow().upper()[5]);
    }
}
