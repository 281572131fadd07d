package io.lucent.plugins.forecast.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lucent.plugin.api.PluginException;
import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.plugin.api.forecast.TimeSeries;
import org.junit.jupiter.api.Test;

class PreparedSeriesTest {

    private static final double NaN = Double.NaN;

    @Test
    void keepsCompleteSeriesUnchangedWithoutNotes() {
        PreparedSeries prepared = PreparedSeries.of(series(1, 2, 3));

        assertThat(prepared.values()).containsExactly(1, 2, 3);
        assertThat(prepared.notes()).isEmpty();
    }

    @Test
    void interpolatesInnerGapsLinearly() {
        PreparedSeries prepared = PreparedSeries.of(series(1, NaN, NaN, 4, NaN, 8));

        assertThat(prepared.values()).containsExactly(1, 2, 3, 4, 6, 8);
        assertThat(prepared.notes()).singleElement().asString().contains("Interpolated 3 missing values of 6");
    }

    @Test
    void fillsLeadingAndTrailingGapsWithTheNearestObservation() {
        PreparedSeries prepared = PreparedSeries.of(series(NaN, 5, 7, NaN));

        assertThat(prepared.values()).containsExactly(5, 5, 7, 7);
    }

    @Test
    void rejectsASeriesWithoutObservations() {
        assertThatThrownBy(() -> PreparedSeries.of(series(NaN, NaN)))
                .isInstanceOfSatisfying(PluginException.class, e -> assertThat(e.kind()).isEqualTo(PluginException.Kind.INVALID_INPUT));
    }

    @Test
    void rejectsInfiniteValues() {
        assertThatThrownBy(() -> PreparedSeries.of(series(1, Double.POSITIVE_INFINITY)))
                .isInstanceOf(PluginException.class).hasMessageContaining("position 2");
    }

    private static TimeSeries series(double... values) {
        return TimeSeries.of("s", values, Frequency.OTHER);
    }
}
