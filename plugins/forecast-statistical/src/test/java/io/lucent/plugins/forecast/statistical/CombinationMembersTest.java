package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugins.forecast.statistical.ets.AutoEts;
import io.lucent.plugins.forecast.statistical.ets.EtsFit;
import io.lucent.plugins.forecast.statistical.ets.EtsForecaster;
import io.lucent.plugins.forecast.statistical.ets.EtsParameters;
import io.lucent.plugins.forecast.statistical.ets.EtsPattern;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The members {@code auto} adds to the single models: Akaike-weighted ETS and ETS on temporal hierarchies. */
class CombinationMembersTest {

    private static final List<Double> LEVELS = List.of(80.0, 95.0);
    private static final Runnable NONE = () -> { };

    private static double[] quarterly() {
        SplittableRandom random = new SplittableRandom(7);
        double[] y = new double[38];
        for (int t = 0; t < y.length; t++) {
            y[t] = 200 + 3 * t + 25 * Math.cos(2 * Math.PI * t / 4) + 6 * random.nextGaussian();
        }
        return y;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("ets-akaike on AirPassengers", new EtsAkaikeModel(), ReferenceSeries.airPassengers(), 12),
                Arguments.of("ets-akaike on Nile", new EtsAkaikeModel(), ReferenceSeries.nile(), 1),
                Arguments.of("thief on AirPassengers", new ThiefModel(EtsModel.AUTO), ReferenceSeries.airPassengers(), 12),
                Arguments.of("thief on a quarterly series", new ThiefModel(EtsModel.AUTO), quarterly(), 4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void forecastsAreFiniteNestedAndDeterministic(String name, SeriesModel model, double[] y, int period) {
        ModelOutputChecks.assertFiniteNestedAndDeterministic(model, y, period, 18);
    }

    @Test
    void akaikeWeightsSumToOneAndFavourTheSmallestAicc() {
        double[] y = ReferenceSeries.airPassengers();
        List<EtsFit> fits = new AutoEts().fitAll(y, 12, EtsPattern.AUTO, null, EtsParameters.FREE, NONE);

        double[] weights = EtsAkaikeModel.weights(fits);

        assertThat(Arrays.stream(weights).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        EtsFit best = new AutoEts().fit(y, 12, EtsPattern.AUTO, null, EtsParameters.FREE, NONE).orElseThrow();
        int bestIndex = fits.indexOf(fits.stream().filter(f -> f.aicc() == best.aicc()).findFirst().orElseThrow());
        for (int i = 0; i < weights.length; i++) {
            assertThat(weights[i]).isBetween(0.0, weights[bestIndex]);
        }
    }

    @Test
    void akaikeWeightedForecastsLieBetweenTheModelsForecasts() {
        double[] y = ReferenceSeries.nile();
        List<EtsFit> fits = new AutoEts().fitAll(y, 1, EtsPattern.AUTO, null, EtsParameters.FREE, NONE);

        double[] point = new EtsAkaikeModel().fit(y, 1, 10, LEVELS, NONE).point();

        assertThat(fits).hasSizeGreaterThan(1);
        for (int h = 0; h < 10; h++) {
            final int step = h;
            double low = fits.stream().mapToDouble(f -> EtsForecaster.point(f, 10)[step]).min().orElseThrow();
            double high = fits.stream().mapToDouble(f -> EtsForecaster.point(f, 10)[step]).max().orElseThrow();
            assertThat(point[h]).isBetween(low - 1e-9, high + 1e-9);
        }
    }

    @Test
    void temporalHierarchiesFollowTheSeasonAndUseWholeCyclesOnly() {
        double[] y = quarterly();

        ModelOutput output = new ThiefModel(EtsModel.AUTO).fit(y, 4, 8, LEVELS, NONE);

        // 38 observations: the first 2 are not in the 9 whole years
        assertThat(output.fitted()[0]).isNaN();
        assertThat(output.fitted()[1]).isNaN();
        assertThat(output.fitted()[2]).isFinite();
        // the next observation (t = 38) is at cosine phase 2 (a trough), the one after at phase 3
        assertThat(output.point()[0]).isLessThan(output.point()[2]);
        assertThat(output.point()[2] - output.point()[0]).isBetween(30.0, 70.0);
        assertThat(output.summary().model()).startsWith("THieF(");
    }

    @Test
    void temporalHierarchiesDoNotApplyWithoutSeasonOrWithFewerThanTwoCycles() {
        assertThat(ThiefModel.applies(1, 100)).isFalse();
        assertThat(ThiefModel.applies(12, 23)).isFalse();
        assertThat(ThiefModel.applies(12, 24)).isTrue();
        assertThat(ThiefModel.applies(52, 1000)).isFalse();
        assertThatThrownBy(() -> new ThiefModel(EtsModel.AUTO).fit(ReferenceSeries.nile(), 1, 5, LEVELS, NONE))
                .isInstanceOf(ModelNotApplicableException.class);
    }
}
