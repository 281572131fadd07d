package io.lucent.plugins.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.ForecastMethod;
import io.lucent.plugin.api.forecast.ForecastRequest;
import io.lucent.plugin.api.forecast.ForecastResult;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import io.lucent.plugin.testkit.TestPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Point forecasts and interval bounds against R's forecast package 8.x (naive, snaive, rwf with drift; levels
 * 80 and 95) on the first three years of AirPassengers, at steps 1, 5, 13 and 18.
 */
class ReferenceValuesTest {

    private static final double[] AIR = {112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118, 115, 126, 141, 135, 125,
        149, 170, 170, 158, 133, 114, 140, 126, 134, 148, 163, 172, 178, 199, 199, 184, 162, 146, 166};
    private static final int[] STEPS = {1, 5, 13, 18};

    @Test
    void naiveMatchesR() {
        check(new NaiveMethod(),
                new double[] {166, 166, 166, 166},
                new double[] {147.3126854352, 124.2138943162, 98.6219291359, 86.7164388943},
                new double[] {194.5797813366, 229.9063338506, 269.0458670505, 287.2537431275});
    }

    @Test
    void seasonalNaiveMatchesR() {
        check(new SeasonalNaiveMethod(),
                new double[] {126, 172, 126, 178},
                new double[] {97.8240752960, 143.8240752960, 86.1532251513, 138.1532251513},
                new double[] {169.0913582688, 215.0913582688, 186.9403832849, 238.9403832849});
    }

    @Test
    void driftMatchesR() {
        check(new DriftMethod(),
                new double[] {167.5428571429, 173.7142857143, 186.0571428571, 193.7714285714},
                new double[] {148.4217082800, 128.6453056309, 106.4494519399, 95.3392902899},
                new double[] {196.7861307823, 242.6413426961, 307.8065997538, 344.3103933232});
    }

    /**
     * R's {@code meanf()} uses Student's t quantiles; FPP3 §5.5 (and this plugin) the normal ones. The
     * reference is R's {@code mean(y) ± qnorm(p) * sd(y) * sqrt(1 + 1/T)}.
     */
    @Test
    void meanMatchesTheNormalIntervalComputedInR() {
        check(new MeanMethod(),
                new double[] {143.6944444444, 143.6944444444, 143.6944444444, 143.6944444444},
                new double[] {111.7930425537, 111.7930425537, 111.7930425537, 111.7930425537},
                new double[] {192.4834283942, 192.4834283942, 192.4834283942, 192.4834283942});
    }

    /** Compares the point forecast, the 80% lower bound and the 95% upper bound at each step. */
    private static void check(ForecastMethod method, double[] point, double[] lower80, double[] upper95) {
        TimeSeries series = TimeSeries.of("AirPassengers 1949-1951", AIR, Frequency.MONTHLY);
        ForecastResult result = method.forecast(new ForecastRequest(series, 18, List.of(80.0, 95.0)),
                TestPluginContext.forExtension(method));
        for (int i = 0; i < STEPS.length; i++) {
            int h = STEPS[i] - 1;
            assertThat(result.point()[h]).as("point at step %d", STEPS[i]).isCloseTo(point[i], within(1e-6));
            assertThat(result.interval(80.0).orElseThrow().lower()[h]).as("80%% lower at step %d", STEPS[i])
                    .isCloseTo(lower80[i], within(1e-6));
            assertThat(result.interval(95.0).orElseThrow().upper()[h]).as("95%% upper at step %d", STEPS[i])
                    .isCloseTo(upper95[i], within(1e-6));
        }
    }
}
