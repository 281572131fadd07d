package io.lucent.plugins.forecast.statistical;

import static org.assertj.core.api.Assertions.assertThat;

import io.lucent.plugin.api.forecast.PredictionInterval;
import java.util.List;

/** Properties every model's output must have, shared by the model tests. */
final class ModelOutputChecks {

    private static final List<Double> LEVELS = List.of(80.0, 95.0);

    private ModelOutputChecks() {
    }

    /**
     * Fits the model twice and checks that the forecasts are finite, that the 80% interval lies inside the 95% one and
     * both around the point forecast, and that the second fit repeats the first exactly.
     */
    static void assertFiniteNestedAndDeterministic(SeriesModel model, double[] y, int period, int horizon) {
        ModelOutput first = model.fit(y, period, horizon, LEVELS, () -> { });
        ModelOutput second = model.fit(y, period, horizon, LEVELS, () -> { });

        assertThat(first.point()).hasSize(horizon);
        assertThat(first.fitted()).hasSize(y.length);
        PredictionInterval p80 = first.intervals().get(0);
        PredictionInterval p95 = first.intervals().get(1);
        for (int h = 0; h < horizon; h++) {
            assertThat(first.point()[h]).isFinite();
            assertThat(p95.lower()[h]).isLessThanOrEqualTo(p80.lower()[h]);
            assertThat(p80.lower()[h]).isLessThanOrEqualTo(first.point()[h]);
            assertThat(p80.upper()[h]).isGreaterThanOrEqualTo(first.point()[h]);
            assertThat(p95.upper()[h]).isGreaterThanOrEqualTo(p80.upper()[h]);
        }
        assertThat(second.point()).containsExactly(first.point());
        assertThat(second.intervals().get(1).lower()).containsExactly(p95.lower());
        assertThat(second.intervals().get(1).upper()).containsExactly(p95.upper());
    }
}
