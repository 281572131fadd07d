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

    @Test
    void aggregatesToCustomPeriodsOfDaysCountedFromTheAnchor() {
        EntitySeries series = daily(IntStream.range(0, 10).mapToDouble(i -> i).toArray());

        EntitySeries threeDays = SeriesTransforms.apply(series, Step.aggregateEvery(3, "days", null, "sum")).series();
        assertThat(threeDays.frequency()).isEqualTo(Frequency.OTHER);
        assertThat(threeDays.periods()).extracting(LocalDateTime::toLocalDate)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 10));
        assertThat(threeDays.values()).containsExactly(0 + 1 + 2, 3 + 4 + 5, 6 + 7 + 8, 9);
        assertThat(threeDays.future(2)).extracting(LocalDateTime::toLocalDate).containsExactly(LocalDate.of(2024, 1, 13), LocalDate.of(2024, 1, 16));

        // Anchored on Dec 30th: the first period (Dec 30th - Jan 1st) holds only Jan 1st.
        EntitySeries anchored = SeriesTransforms.apply(series, Step.aggregateEvery(3, "days", "2023-12-30", "mean")).series();
        assertThat(anchored.periods().get(0).toLocalDate()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(anchored.values()).containsExactly(0, 2, 5, 8);
        assertThat(SeriesTransforms.apply(series, Step.aggregateEvery(4, "days", null, "last")).series().values()).containsExactly(3, 7, 9);
        assertThat(SeriesTransforms.apply(series, Step.aggregateEvery(7, "days", null, "sum")).series().frequency()).isEqualTo(Frequency.WEEKLY);
    }

    @Test
    void aggregatesWeeklySeriesToPeriodsOfSeveralWeeks() {
        List<LocalDateTime> weeks = IntStream.range(0, 6).mapToObj(i -> LocalDate.of(2024, 1, 1).plusWeeks(i).atStartOfDay()).toList();
        EntitySeries weekly = new EntitySeries("e", "E", weeks, new double[] {1, 2, 3, 4, 5, N}, Frequency.WEEKLY);

        EntitySeries fortnights = SeriesTransforms.apply(weekly, Step.aggregateEvery(2, "weeks", null, "sum")).series();

        assertThat(fortnights.frequency()).isEqualTo(Frequency.OTHER);
        assertThat(fortnights.values()).containsExactly(3, 7, 5);
        assertThat(fortnights.periods().get(1).toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 15));
    }

    @Test
    void refusesCustomPeriodsThatDoNotFitTheSeries() {
        EntitySeries series = daily(1, 2, 3, 4);
        List<LocalDateTime> weeks = IntStream.range(0, 4).mapToObj(i -> LocalDate.of(2024, 1, 1).plusWeeks(i).atStartOfDay()).toList();
        EntitySeries weekly = new EntitySeries("e", "E", weeks, new double[] {1, 2, 3, 4}, Frequency.WEEKLY);
        List<LocalDateTime> months = IntStream.range(0, 4).mapToObj(i -> LocalDate.of(2024, 1, 1).plusMonths(i).atStartOfDay()).toList();
        EntitySeries monthly = new EntitySeries("e", "E", months, new double[] {1, 2, 3, 4}, Frequency.MONTHLY);

        assertThatThrownBy(() -> SeriesTransforms.apply(series, Step.aggregateEvery(0, "days", null, "sum"))).hasMessageContaining("every");
        assertThatThrownBy(() -> SeriesTransforms.apply(series, Step.aggregateEvery(2, "fortnights", null, "sum"))).hasMessageContaining("unit");
        assertThatThrownBy(() -> SeriesTransforms.apply(series, Step.aggregateEvery(30, "days", null, "sum"))).hasMessageContaining("monthly");
        assertThatThrownBy(() -> SeriesTransforms.apply(weekly, Step.aggregateEvery(10, "days", null, "sum"))).hasMessageContaining("multiple");
        assertThatThrownBy(() -> SeriesTransforms.apply(monthly, Step.aggregateEvery(2, "weeks", null, "sum"))).hasMessageContaining("monthly");
        assertThatThrownBy(() -> SeriesTransforms.apply(series, Step.aggregateEvery(2, "days", "1st of May", "sum"))).hasMessageContaining("anchor");
        assertThatThrownBy(() -> SeriesTransforms.apply(series, Step.aggregateEvery(2, "days", null, "median"))).hasMessageContaining("how");
    }

    @Test
    void aDuplicatesStepComesFirstAndKeepsAKnownRule() {
        StepList list = StepList.of(List.of(Step.duplicates("LAST"), missing("linear")));

        assertThat(list.duplicates()).contains("last");
        assertThat(list.seriesSteps()).containsExactly(missing("linear"));
        assertThat(list.columns(null).duplicates()).isEqualTo("last");
        assertThat(StepList.of(List.of(missing("mean"))).duplicates()).isEmpty();
        assertThatThrownBy(() -> StepList.of(List.of(Step.duplicates("median")))).isInstanceOf(LucentException.class)
                .hasMessageContaining("first, last, sum, mean or drop");
        assertThatThrownBy(() -> SeriesTransforms.apply(daily(1, 2), Step.duplicates("first"))).isInstanceOf(LucentException.class)
                .hasMessageContaining("first step");
        assertThatThrownBy(() -> StepList.of(List.of())).hasMessageContaining("at least one step");
    }

    @Test
    void refusesAnOutlierFenceOfZeroOrLessInsteadOfMakingEveryValueAnOutlier() {
        EntitySeries spiky = daily(10, 11, 9, 10, 12, 100, 11, 10, 9, 11);
        Step negativeK = new Step("outliers", null, "iqr", -5.0, null, "cap", null, null, null, null, null);
        Step zeroK = new Step("outliers", null, "iqr", 0.0, null, "remove", null, null, null, null, null);
        Step negativeZ = new Step("outliers", null, "zscore", null, -1.0, "remove", null, null, null, null, null);

        assertThatThrownBy(() -> SeriesTransforms.apply(spiky, negativeK)).isInstanceOf(LucentException.class).hasMessageContaining("'k'");
        assertThatThrownBy(() -> SeriesTransforms.apply(spiky, zeroK)).isInstanceOf(LucentException.class).hasMessageContaining("'k'");
        assertThatThrownBy(() -> SeriesTransforms.apply(spiky, negativeZ)).isInstanceOf(LucentException.class).hasMessageContaining("'threshold'");
        assertThatThrownBy(() -> StepList.of(List.of(negativeK))).isInstanceOf(LucentException.class).hasMessageContaining("'k'");
    }

    @Test
    void aStepListNamingAnUnknownTypeOrOptionIsRefusedBeforeAnyDataIsRead() {
        Step unknownType = new Step("bogus", null, null, null, null, null, null, null, null, null, null);
        Step unknownDetection = new Step("outliers", null, "magic", null, null, null, null, null, null, null, null);
        Step unknownAction = new Step("outliers", null, "iqr", null, null, "shout", null, null, null, null, null);
        Step replaceWithoutValue = new Step("replace", null, null, null, null, null, "gt", null, 0.0, null, null);
        Step unknownFrequency = new Step("aggregate", null, null, null, null, null, null, null, null, "fortnightly", "sum");

        assertThatThrownBy(() -> StepList.of(List.of(unknownType))).hasMessageContaining("Unknown step type 'bogus'");
        assertThatThrownBy(() -> StepList.of(List.of(missing("magic")))).hasMessageContaining("missing-value method 'magic'");
        assertThatThrownBy(() -> StepList.of(List.of(unknownDetection))).hasMessageContaining("detection 'magic'");
        assertThatThrownBy(() -> StepList.of(List.of(unknownAction))).hasMessageContaining("action 'shout'");
        assertThatThrownBy(() -> StepList.of(List.of(replaceWithoutValue))).hasMessageContaining("'value'");
        assertThatThrownBy(() -> StepList.of(List.of(unknownFrequency))).hasMessageContaining("'frequency'");
        assertThatThrownBy(() -> StepList.of(List.of(Step.aggregateEvery(0, "days", null, "sum")))).hasMessageContaining("'every'");
        assertThatThrownBy(() -> StepList.of(List.of(Step.aggregateEvery(2, "fortnights", null, "sum")))).hasMessageContaining("'unit'");
        assertThatThrownBy(() -> StepList.of(List.of(Step.aggregateEvery(2, "days", "soon", "sum")))).hasMessageContaining("'anchor'");
        assertThat(StepList.of(List.of(missing("spline"), Step.aggregateEvery(3, "months", "2024-04-01", "mean"))).seriesSteps()).hasSize(2);
    }
}
