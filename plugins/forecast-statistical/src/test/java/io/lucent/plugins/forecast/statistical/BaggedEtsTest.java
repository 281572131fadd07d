package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bagged ETS and the bootstrapped series it is fitted to. */
class BaggedEtsTest {

    private static final List<Double> LEVELS = List.of(80.0, 95.0);
    private static final Runnable NONE = () -> { };

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("AirPassengers, median", ReferenceSeries.airPassengers(), 12, true),
                Arguments.of("Nile, median", ReferenceSeries.nile(), 1, true),
                Arguments.of("Nile, mean", ReferenceSeries.nile(), 1, false),
                Arguments.of("a short series with negative values", new double[] {-3, 1, -2, 4, 0, 2, 5, 3, 6, 4}, 1,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forecastsAreFiniteNestedAndDeterministic(String name, double[] y, int period, boolean median) {
        ModelOutputChecks.assertFiniteNestedAndDeterministic(new BaggedEtsModel(8, median), y, period, 12);
    }

    @Test
    void oneBootstrapIsAutoEtsOnTheSeriesItself() {
        double[] y = ReferenceSeries.airPassengers();

        double[] bagged = new BaggedEtsModel(1, true).fit(y, 12, 24, LEVELS, NONE).point();

        assertThat(bagged).containsExactly(EtsModel.AUTO.fit(y, 12, 24, LEVELS, NONE).point());
    }

    @Test
    void baggingChangesTheForecastsButKeepsTheSeason() {
        double[] y = ReferenceSeries.airPassengers();
        double[] single = EtsModel.AUTO.fit(y, 12, 12, LEVELS, NONE).point();

        ModelOutput bagged = new BaggedEtsModel(10, true).fit(y, 12, 12, LEVELS, NONE);

        assertThat(bagged.point()).isNotEqualTo(single);
        // AirPassengers peaks in July and August and is lowest in November: the bagged forecasts of 1961 too
        assertThat(bagged.point()[6]).isGreaterThan(bagged.point()[10] * 1.3);
        assertThat(bagged.summary().model()).startsWith("Bagged ETS (median of 10");
    }

    @Test
    void bootstrappedSeriesKeepTheLengthAndTheLevelOfTheSeries() {
        double[] y = ReferenceSeries.airPassengers();
        BootstrapSeries bootstrap = BootstrapSeries.of(y, 12);
        SplittableRandom random = new SplittableRandom(3);

        for (int b = 0; b < 5; b++) {
            double[] sample = bootstrap.sample(random);
            assertThat(sample).hasSize(y.length);
            double meanAbsDiff = 0;
            for (int t = 0; t < y.length; t++) {
                assertThat(sample[t]).isFinite();
                meanAbsDiff += Math.abs(sample[t] - y[t]) / y.length;
            }
            // the remainder of AirPassengers is a few percent of its level
            assertThat(meanAbsDiff).isBetween(0.5, 30.0);
        }
        // AirPassengers needs a log-like transformation: R's Guerrero λ is about -0.29, here bounded below by 0
        assertThat(bootstrap.lambda()).isBetween(0.0, 0.01);
    }

    @Test
    void seriesWithNonPositiveValuesAreNotTransformed() {
        double[] y = {-3, 1, -2, 4, 0, 2, 5, 3, 6, 4, 7, 5};

        assertThat(BootstrapSeries.of(y, 1).lambda()).isEqualTo(1.0);
    }

    @Test
    void theSeedDependsOnTheValues() {
        assertThat(BaggedEtsModel.seed(new double[] {1, 2, 3})).isEqualTo(BaggedEtsModel.seed(new double[] {1, 2, 3}));
        assertThat(BaggedEtsModel.seed(new double[] {1, 2, 3})).isNotEqualTo(BaggedEtsModel.seed(new double[] {1, 2, 4}));
    }

    @Test
    void rejectsTooShortSeriesAndNoBootstraps() {
        assertThatThrownBy(() -> new BaggedEtsModel(5, true).fit(new double[] {1, 2, 3}, 1, 2, LEVELS, NONE))
                .isInstanceOf(ModelNotApplicableException.class);
        assertThatThrownBy(() -> new BaggedEtsModel(0, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
