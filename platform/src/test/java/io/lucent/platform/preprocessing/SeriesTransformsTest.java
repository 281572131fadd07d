package io.lucent.platform.preprocessing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.lucent.plugin.api.forecast.Frequency;
import io.lucent.platform.errors.LucentException;
import io.lucent.platform.forecasting.series.EntitySeries;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each preprocessing step on small series whose answer is known. */
class SeriesTransformsTest {

    private static final double N = Double.NaN;

    private static EntitySeries daily(double... values) {
        List<LocalDateTime> days = IntStream.range(0, values.length).mapToObj(i -> LocalDate.of(2024, 1, 1).plusDays(i).atStartOfDay()).toList();
        return new EntitySeries("e", "E", days, values, Frequency.DAILY);
    }

    private static Step missing(String method) {
        return new Step("missing", method, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void fillsGapsWithEachOfTheSixMethods() {
        EntitySeries gappy = daily(1, N, 3, N, N, 6, 7, 8, 9, 10, 11, 12, 13, 14, N);

        assertThat(SeriesTransforms.apply(gappy, missing("linear")).series().values()).startsWith(1, 2, 3, 4, 5, 6);
        assertThat(SeriesTransforms.apply(gappy, missing("previous")).series().values()).startsWith(1, 1, 3, 3, 3, 6);
        assertThat(SeriesTransforms.apply(gappy, missing("next")).series().values()).startsWith(1, 3, 3, 6, 6, 6);
        assertThat(SeriesTransforms.apply(gappy, missing("mean")).series().values()[1]).isCloseTo(94.0 / 11, within(1e-12));
        assertThat(SeriesTransforms.apply(gappy, missing("spline")).series().values()[1]).isCloseTo(2, within(0.3));
        double[] seasonal = SeriesTransforms.apply(gappy, missing("seasonal")).series().values();
        assertThat(seasonal[1]).isEqualTo(9.0);
        assertThat(SeriesTransforms.apply(gappy, missing("linear")).changed()).isEqualTo(4);
        assertThatThrownBy(() -> SeriesTransforms.apply(gappy, missing("magic"))).isInstanceOf(LucentException.class);
    }

    @Test
    void detectsOutliersByIqrOrZScoreAndActsOnThem() {
        EntitySeries spiky = daily(10, 11, 9, 10, 12, 100, 11, 10, 9, 11);
        Step flag = new Step("outliers", null, "iqr", 1.5, null, "flag", null, null, null, null, null);
        Step cap = new Step("outliers", null, "iqr", 1.5, null, "cap", null, null, null, null, null);
        Step remove = new Step("outliers", null, "zscore", null, 2.5, "remove", null, null, null, null, null);
        Step interpolate = new Step("outliers", null, "iqr", 1.5, null, "interpolate", null, null, null, null, null);

        assertThat(SeriesTransforms.apply(spiky, flag).flagged()).containsExactly(5);
        assertThat(SeriesTransforms.apply(spiky, flag).series().values()[5]).isEqualTo(100);
        assertThat(SeriesTransforms.apply(spiky, cap).series().values()[5]).isLessThan(20);
        assertThat(SeriesTransforms.apply(spiky, remove).series().values()[5]).isNaN();
        assertThat(SeriesTransforms.apply(spiky, interpolate).series().values()[5]).isEqualTo(11.5);
    }

    @Test
    void replacesValuesMatchingAConditionAndAggregatesToCoarserPeriods() {
        EntitySeries series = daily(IntStream.range(0, 14).mapToDouble(i -> i - 2).toArray());
        Step negativesToZero = new Step("replace", null, null, null, null, null, "lt", 0.0, 0.0, null, null);
        Step weeklySum = new Step("aggregate", null, null, null, null, null, null, null, null, "weekly", "sum");
        Step weeklyLast = new Step("aggregate", null, null, null, null, null, null, null, null, "weekly", "last");

        EntitySeries cleaned = SeriesTransforms.apply(series, negativesToZero).series();
        assertThat(cleaned.values()).startsWith(0, 0, 0, 1);
        EntitySeries weekly = SeriesTransforms.apply(cleaned, weeklySum).series();
        assertThat(weekly.frequency()).isEqualTo(Frequency.WEEKLY);
        assertThat(weekly.values()).containsExactly(0 + 0 + 0 + 1 + 2 + 3 + 4, 5 + 6 + 7 + 8 + 9 + 10 + 11);
        assertThat(SeriesTransforms.apply(cleaned, weeklyLast).series().values()).containsExactly(4, 11);
        assertThatThrownBy(() -> SeriesTransforms.apply(weekly, new Step("aggregate", null, null, null, null, null, null, null, null, "daily", "sum")))
                .isInstanceOf(LucentException.class).hasMessageContaining("coarser");
    }
}
