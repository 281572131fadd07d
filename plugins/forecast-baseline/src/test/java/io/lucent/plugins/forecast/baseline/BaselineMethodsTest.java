package io.lucent.plugins.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.CancelledException;
import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.testkit.TestPluginContext;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every baseline method promises through the forecasting contract. */
class BaselineMethodsTest {

    static Stream<ForecastMethod> methods() {
        return Stream.of(new NaiveMethod(), new SeasonalNaiveMethod(), new DriftMethod(), new MeanMethod());
    }

    private static final TimeSeries MONTHLY = TimeSeries.of("sales", monthly(36), Frequency.MONTHLY);

    @ParameterizedTest
    @MethodSource("methods")
    void returnsFiniteForecastsOfTheRequestedHorizon(ForecastMethod method) {
        ForecastResult result = method.forecast(new ForecastRequest(MONTHLY, 18, List.of(80.0, 95.0)), TestPluginContext.forExtension(method));

        assertThat(result.horizon()).isEqualTo(18);
        assertThat(Arrays.stream(result.point()).boxed().toList()).allSatisfy(value -> assertThat(value).isFinite());
        assertThat(result.method()).isEqualTo(method.id());
        assertThat(result.fitted()).hasSize(36);
        assertThat(result.residuals()).hasSize(36);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void returnsNestedIntervalsThatDoNotNarrowWithTheHorizon(ForecastMethod method) {
        ForecastResult result = method.forecast(new ForecastRequest(MONTHLY, 30, List.of(50.0, 80.0, 95.0, 99.0)), TestPluginContext.forExtension(method));

        assertThat(result.intervals()).extracting(PredictionInterval::level).containsExactly(50.0, 80.0, 95.0, 99.0);
        for (int i = 1; i < result.intervals().size(); i++) {
            PredictionInterval narrow = result.intervals().get(i - 1);
            PredictionInterval wide = result.intervals().get(i);
            for (int h = 0; h < 30; h++) {
                assertThat(wide.lower()[h]).isLessThan(narrow.lower()[h]);
                assertThat(wide.upper()[h]).isGreaterThan(narrow.upper()[h]);
            }
        }
        PredictionInterval interval = result.interval(95.0).orElseThrow();
        for (int h = 1; h < 30; h++) {
            assertThat(interval.upper()[h] - interval.lower()[h])
                    .isGreaterThanOrEqualTo(interval.upper()[h - 1] - interval.lower()[h - 1] - 1e-9);
        }
    }

    @ParameterizedTest
    @MethodSource("methods")
    void buildsIntervalsFromTheNormalQuantileOfEachLevel(ForecastMethod method) {
        ForecastResult result = method.forecast(new ForecastRequest(MONTHLY, 1, List.of(80.0, 95.0)), TestPluginContext.forExtension(method));

        double halfWidth80 = result.interval(80.0).orElseThrow().upper()[0] - result.point()[0];
        double halfWidth95 = result.interval(95.0).orElseThrow().upper()[0] - result.point()[0];
        assertThat(halfWidth95 / halfWidth80).isCloseTo(1.959963985 / 1.281551566, within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void givesTheSameResultForTheSameInput(ForecastMethod method) {
        ForecastRequest request = ForecastRequest.of(MONTHLY, 12);

        ForecastResult first = method.forecast(request, TestPluginContext.forExtension(method));
        ForecastResult second = method.forecast(request, TestPluginContext.forExtension(method));

        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.interval(95.0).orElseThrow().upper()).containsExactly(first.interval(95.0).orElseThrow().upper());
    }

    @ParameterizedTest
    @MethodSource("methods")
    void honoursCancellation(ForecastMethod method) {
        assertThatThrownBy(() -> method.forecast(ForecastRequest.of(MONTHLY, 12), TestPluginContext.forExtension(method).cancel()))
                .isInstanceOf(CancelledException.class);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void interpolatesMissingValuesAndSaysSo(ForecastMethod method) {
        double[] values = monthly(36);
        values[5] = Double.NaN;
        values[35] = Double.NaN;
        TimeSeries gappy = TimeSeries.of("gappy", values, Frequency.MONTHLY);

        ForecastResult result = method.forecast(ForecastRequest.of(gappy, 6), TestPluginContext.forExtension(method));

        assertThat(Arrays.stream(result.point()).boxed().toList()).allSatisfy(value -> assertThat(value).isFinite());
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("Interpolated 2 missing values"));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void neverThrowsOnAVeryShortSeries(ForecastMethod method) {
        for (int length = 1; length <= 3; length++) {
            TimeSeries shortSeries = TimeSeries.of("short", monthly(length), Frequency.MONTHLY);

            ForecastResult result = method.forecast(ForecastRequest.of(shortSeries, 4), TestPluginContext.forExtension(method));

            assertThat(Arrays.stream(result.point()).boxed().toList()).hasSize(4).allSatisfy(value -> assertThat(value).isFinite());
            assertThat(result.intervals()).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("methods")
    void acceptsARequestWithoutIntervals(ForecastMethod method) {
        ForecastResult result = method.forecast(new ForecastRequest(MONTHLY, 3, List.of()), TestPluginContext.forExtension(method));

        assertThat(result.intervals()).isEmpty();
    }

    /** A seasonal series with trend and a deterministic wiggle. */
    private static double[] monthly(int length) {
        double[] values = new double[length];
        for (int t = 0; t < length; t++) {
            values[t] = 100 + 2 * t + 15 * Math.sin(2 * Math.PI * t / 12) + ((t * 7919) % 11 - 5);
        }
        return values;
    }
}
