package io.lucent.timeseries.stl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoessTest {

    @Test
    void aLocalLineReproducesAStraightLineExactlyWhereALocalConstantBendsAtTheEnds() {
        double[] line = new double[20];
        for (int i = 0; i < line.length; i++) {
            line[i] = 3 + 2 * i;
        }

        assertThat(Loess.smooth(line, 7, 1)).containsExactly(line, within(1e-9));
        assertThat(Loess.smooth(line, 7, 0)[0]).isGreaterThan(line[0] + 1);
    }

    @Test
    void jumpsInterpolateLinearlyBetweenEvaluatedPositions() {
        double[] y = {1, 4, 2, 8, 5, 7, 3, 9, 6, 10, 2, 7};

        double[] every = Loess.smooth(y, 5, 1);
        double[] jumped = Loess.smooth(y, 5, 1, 3);

        for (int i = 0; i < y.length; i += 3) {
            assertThat(jumped[i]).isEqualTo(every[i]);
        }
        assertThat(jumped[11]).isEqualTo(every[11]);
        assertThat(jumped[1]).isCloseTo(every[0] + (every[3] - every[0]) / 3, within(1e-12));
    }

    @Test
    void aSpanLongerThanTheSeriesUsesEveryObservation() {
        double[] y = {2, 2, 2, 2};

        assertThat(Loess.smooth(y, 9, 1)).containsExactly(new double[] {2, 2, 2, 2}, within(1e-12));
    }
}
