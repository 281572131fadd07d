package io.lucent.platform.forecasting.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The accuracy measures on small hand-checked cases, including the undefined ones. */
class AccuracyMetricsTest {

    @Test
    void computesEveryMeasureOnAHandCheckedCase() {
        AccuracyMetrics.Accumulator accumulator = new AccuracyMetrics.Accumulator();
        accumulator.add(new double[] {10, 20, Double.NaN, 40}, new double[] {12, 18, 99, 40}, 4.0,
                Map.of("80", new double[] {11, 15, 0, 41}), Map.of("80", new double[] {13, 25, 200, 45}));

        AccuracyMetrics metrics = accumulator.result();

        assertThat(metrics.count()).isEqualTo(3);
        assertThat(metrics.mae()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(8.0 / 3), within(1e-12));
        assertThat(metrics.mape()).isCloseTo((20.0 + 10.0 + 0.0) / 3, within(1e-12));
        assertThat(metrics.smape()).isCloseTo((200.0 * 2 / 22 + 200.0 * 2 / 38) / 3, within(1e-12));
        assertThat(metrics.mase()).isCloseTo((2.0 / 4 + 2.0 / 4) / 3, within(1e-12));
        assertThat(metrics.coverage()).containsEntry("80", 1.0 / 3);
        assertThat(metrics.notes()).isEmpty();
    }

    @Test
    void mapeIsUndefinedWhenAnActualIsZeroAndSaysSo() {
        AccuracyMetrics.Accumulator accumulator = new AccuracyMetrics.Accumulator();
        accumulator.add(new double[] {0, 5}, new double[] {1, 5}, 1.0, Map.of(), Map.of());

        AccuracyMetrics metrics = accumulator.result();

        assertThat(metrics.mape()).isNull();
        assertThat(metrics.notes()).containsEntry("mape", "undefined: some actual values are zero");
        assertThat(metrics.mae()).isEqualTo(0.5);
    }

    @Test
    void maseIsUndefinedForAFlatHistory() {
        assertThat(AccuracyMetrics.scale(new double[] {3, 3, 3, 3}, 1)).isZero();
        AccuracyMetrics.Accumulator accumulator = new AccuracyMetrics.Accumulator();
        accumulator.add(new double[] {3}, new double[] {4}, 0.0, Map.of(), Map.of());

        assertThat(accumulator.result().mase()).isNull();
        assertThat(accumulator.result().notes()).containsKey("mase");
    }
}
