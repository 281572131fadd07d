package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.PredictionInterval;
import io.lucent.plugin.api.forecast.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties every method must have on every valid series, including awkward ones: finite forecasts of the
 * right length, nested intervals at every level, one fitted value per observation, identical results on
 * repeated calls, and no exception.
 */
class MethodPropertiesTest {

    private static final List<Double> LEVELS = List.of(50.0, 80.0, 95.0);

    static List<ForecastMethod> methods() {
        return List.of(new Naive2Method(), new SesMethod(), new HoltMethod(), new DampedMethod(), new EtsMethod(),
                new ThetaMethod(), new DotmMethod(), new CesMethod(), new CombMethod(), new BaggedEtsMethod(),
                new AutoMethod());
    }

    static List<TimeSeries> awkwardSeries() {
        SplittableRandom random = new SplittableRandom(42);
        List<TimeSeries> out = new ArrayList<>();
        out.add(new TimeSeries("airpassengers", ReferenceSeries.airPassengers(), List.of(), Frequency.MONTHLY, 12));
        out.add(new TimeSeries("nile", ReferenceSeries.nile(), List.of(), Frequency.YEARLY, 1));
        out.add(TimeSeries.of("constant", new double[] {7, 7, 7, 7, 7, 7, 7, 7, 7, 7}, Frequency.MONTHLY));
        out.add(TimeSeries.of("one value", new double[] {3}, Frequency.YEARLY));
        out.add(TimeSeries.of("two values", new double[] {3, 5}, Frequency.QUARTERLY));
        out.add(TimeSeries.of("five values", new double[] {3, 5, 4, 6, 5}, Frequency.QUARTERLY));
        double[] negative = new double[60];
        double[] zeros = new double[48];
        double[] missing = ReferenceSeries.airPassengers();
        double[] walk = new double[3000];
        for (int t = 0; t < negative.length; t++) {
            negative[t] = -50 + 10 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian();
        }
        for (int t = 0; t < zeros.length; t++) {
            zeros[t] = t % 3 == 0 ? 0 : random.nextInt(5);
        }
        missing[0] = Double.NaN;
        missing[50] = Double.NaN;
        missing[51] = Double.NaN;
        missing[143] = Double.NaN;
        for (int t = 1; t < walk.length; t++) {
            walk[t] = walk[t - 1] + random.nextGaussian();
        }
        out.add(new TimeSeries("negative seasonal", negative, List.of(), Frequency.MONTHLY, 12));
        out.add(new TimeSeries("intermittent with zeros", zeros, List.of(), Frequency.MONTHLY, 12));
        out.add(new TimeSeries("missing values", missing, List.of(), Frequency.MONTHLY, 12));
        out.add(new TimeSeries("long random walk", walk, List.of(), Frequency.HOURLY, 24));
        return out;
    }

    static Stream<Arguments> cases() {
        return methods().stream().flatMap(m -> awkwardSeries().stream().map(s -> Arguments.of(m.id(), s.id(), m, s)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void forecastsAreFiniteNestedAndDeterministic(String id, String seriesName, ForecastMethod method,
                                                  TimeSeries series) {
        ForecastRequest request = new ForecastRequest(series, 13, LEVELS);

        ForecastResult first = method.forecast(request, TestContext.defaults(method));
        ForecastResult second = method.forecast(request, TestContext.defaults(method));

        assertThat(first.method()).isEqualTo(id);
        assertThat(first.point()).hasSize(13);
        for (double v : first.point()) {
            assertThat(v).isFinite();
        }
        assertThat(first.fitted()).hasSize(series.length());
        assertThat(first.intervals()).extracting(PredictionInterval::level).containsExactlyElementsOf(LEVELS);
        for (int k = 0; k < LEVELS.size(); k++) {
            PredictionInterval interval = first.intervals().get(k);
            for (int h = 0; h < 13; h++) {
                assertThat(interval.lower()[h]).isFinite().isLessThanOrEqualTo(first.point()[h]);
                assertThat(interval.upper()[h]).isFinite().isGreaterThanOrEqualTo(first.point()[h]);
                if (k > 0) {
                    assertThat(interval.lower()[h]).isLessThanOrEqualTo(first.intervals().get(k - 1).lower()[h]);
                    assertThat(interval.upper()[h]).isGreaterThanOrEqualTo(first.intervals().get(k - 1).upper()[h]);
                }
            }
        }
        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.intervals().get(2).upper()).containsExactly(first.intervals().get(2).upper());
        assertThat(second.summary()).isEqualTo(first.summary());
    }

    static Stream<Arguments> accumulatingMethods() {
        return Stream.of(new SesMethod(), new HoltMethod(), new DampedMethod(), new ThetaMethod(), new DotmMethod(),
                new CesMethod(), new Naive2Method(), new CombMethod(), new EtsMethod(), new BaggedEtsMethod(), new AutoMethod()).map(m -> Arguments.of(m.id(), m));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accumulatingMethods")
    void intervalsWidenWithTheHorizonOnNonSeasonalData(String id, ForecastMethod method) {
        ForecastRequest request = new ForecastRequest(TimeSeries.of("nile", ReferenceSeries.nile(), Frequency.YEARLY),
                20, LEVELS);

        ForecastResult result = method.forecast(request, TestContext.defaults(method));

        for (PredictionInterval interval : result.intervals()) {
            for (int h = 1; h < 20; h++) {
                double before = interval.upper()[h - 1] - interval.lower()[h - 1];
                double now = interval.upper()[h] - interval.lower()[h];
                assertThat(now).as("width at step %d", h + 1).isGreaterThanOrEqualTo(before * (1 - 1e-9));
            }
        }
    }
}
