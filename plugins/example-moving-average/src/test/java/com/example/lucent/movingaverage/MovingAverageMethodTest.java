package com.example.lucent.movingaverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.testkit.TestPluginContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Unit tests of the method's arithmetic, run by surefire on the class path. The contract tests in
 * {@link MovingAverageIT} load the built zip instead.
 */
class MovingAverageMethodTest {

    private final MovingAverageMethod method = new MovingAverageMethod();

    private ForecastResult forecast(double[] values, int window, int horizon, List<Double> levels) {
        TimeSeries series = TimeSeries.of("sales", values, Frequency.MONTHLY);
        return method.forecast(new ForecastRequest(series, horizon, levels),
                TestPluginContext.forExtension(method, Map.of("window", window)));
    }

    @Test
    void forecastsTheMeanOfTheLastWindow() {
        ForecastResult result = forecast(new double[] {1, 2, 3, 4, 5, 6}, 3, 2, List.of());

        assertThat(result.point()).containsExactly(5.0, 5.0);
        assertThat(result.fitted()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 2.0, 3.0, 4.0);
        assertThat(result.residuals()).containsExactly(Double.NaN, Double.NaN, Double.NaN, 2.0, 2.0, 2.0);
        assertThat(result.summary().sigma2()).isEqualTo(4.0);
        assertThat(result.summary().model()).isEqualTo("MovingAverage(3)");
    }

    @Test
    void intervalsUseTheResidualSpreadAndWidenWithTheSquareRootOfTheHorizon() {
        ForecastResult result = forecast(new double[] {1, 2, 3, 4, 5, 6}, 3, 4, List.of(95.0));

        double[] upper = result.interval(95.0).orElseThrow().upper();
        assertThat(upper[0]).isCloseTo(5.0 + 1.959964 * 2.0, within(1e-5));
        assertThat(upper[3]).isCloseTo(5.0 + 1.959964 * 2.0 * 2.0, within(1e-5));
    }

    @Test
    void usesTheWholeSeriesWhenItIsShorterThanTheWindow() {
        ForecastResult result = forecast(new double[] {10, 20}, 12, 1, List.of(80.0));

        assertThat(result.point()).containsExactly(15.0);
        assertThat(result.summary().fallback()).hasValueSatisfying(reason -> assertThat(reason).contains("12"));
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("only 2 observation(s)"));
    }

    @Test
    void fillsMissingObservationsByInterpolation() {
        assertThat(Gaps.interpolate(new double[] {Double.NaN, 2, Double.NaN, Double.NaN, 8, Double.NaN}))
                .containsExactly(2, 2, 4, 6, 8, 8);
    }

    @Test
    void rejectsASeriesWithoutObservations() {
        assertThatThrownBy(() -> forecast(new double[] {Double.NaN, Double.NaN}, 3, 1, List.of()))
                .isInstanceOfSatisfying(PluginException.class,
                        e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT));
    }

    @Test
    void rejectsAWindowOutsideItsRange() {
        assertThatThrownBy(() -> forecast(new double[] {1, 2, 3}, 0, 1, List.of()))
                .hasMessageContaining("window");
    }

    @Test
    void normalQuantilesMatchTheTables() {
        assertThat(NormalQuantile.of(0.975)).isCloseTo(1.959964, within(1e-6));
        assertThat(NormalQuantile.of(0.9)).isCloseTo(1.281552, within(1e-6));
        assertThat(NormalQuantile.of(0.005)).isCloseTo(-2.575829, within(1e-6));
        assertThat(NormalQuantile.of(0.5)).isCloseTo(0.0, within(1e-12));
    }
}
