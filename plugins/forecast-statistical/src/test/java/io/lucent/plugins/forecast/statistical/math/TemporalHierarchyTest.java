package io.lucent.plugins.forecast.statistical.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalHierarchyTest {

    @Test
    void levelsAreTheDivisorsOfThePeriod() {
        assertThat(new TemporalHierarchy(12).levels()).containsExactly(1, 2, 3, 4, 6, 12);
        assertThat(new TemporalHierarchy(4).levels()).containsExactly(1, 2, 4);
        assertThat(new TemporalHierarchy(7).levels()).containsExactly(1, 7);
    }

    @Test
    void aggregatesSumTheMostRecentWholeCycles() {
        TemporalHierarchy quarterly = new TemporalHierarchy(4);
        double[] y = {100, 1, 2, 3, 4, 5, 6, 7, 8};

        assertThat(quarterly.usableLength(y.length)).isEqualTo(8);
        assertThat(quarterly.aggregate(y, 1)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(quarterly.aggregate(y, 2)).containsExactly(3, 7, 11, 15);
        assertThat(quarterly.aggregate(y, 4)).containsExactly(10, 26);
    }

    @Test
    void coherentForecastsAreLeftUnchanged() {
        TemporalHierarchy monthly = new TemporalHierarchy(12);
        double[] bottom = new double[24];
        for (int t = 0; t < bottom.length; t++) {
            bottom[t] = 50 + t + 10 * Math.sin(2 * Math.PI * t / 12);
        }
        List<double[]> forecasts = new ArrayList<>();
        for (int k : monthly.levels()) {
            forecasts.add(monthly.aggregate(bottom, k));
        }

        double[] reconciled = monthly.reconcile(forecasts, 2);

        for (int t = 0; t < bottom.length; t++) {
            assertThat(reconciled[t]).isCloseTo(bottom[t], within(1e-9));
        }
    }

    @Test
    void reconciliationWeighsLevelsByTheInverseOfTheirLength() {
        // bottom forecasts 10 and 10, the forecast of their sum 26; variances proportional to 1 and 2
        TemporalHierarchy half = new TemporalHierarchy(2);
        double[] reconciled = half.reconcile(Arrays.asList(new double[] {10, 10}, new double[] {26}), 1);

        // minimise (b1-10)^2 + (b2-10)^2 + (b1+b2-26)^2 / 2: b1 = b2 = 10 + 6/4 = 11.5
        assertThat(reconciled[0]).isCloseTo(11.5, within(1e-12));
        assertThat(reconciled[1]).isCloseTo(11.5, within(1e-12));
    }

    @Test
    void aMissingUpperLevelIsLeftOut() {
        TemporalHierarchy quarterly = new TemporalHierarchy(4);
        List<double[]> forecasts = Arrays.asList(new double[] {1, 2, 3, 4}, null, new double[] {14});

        double[] reconciled = quarterly.reconcile(forecasts, 1);

        // minimise sum (b_i - f_i)^2 + (sum b - 14)^2 / 4: sum b = 12, each b_i moves up by 0.5
        assertThat(reconciled).containsExactly(new double[] {1.5, 2.5, 3.5, 4.5}, within(1e-12));
    }

    @Test
    void theBottomLevelIsRequired() {
        TemporalHierarchy quarterly = new TemporalHierarchy(4);

        assertThatThrownBy(() -> quarterly.reconcile(Arrays.asList(null, new double[] {1, 2}, new double[] {3}), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TemporalHierarchy(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
