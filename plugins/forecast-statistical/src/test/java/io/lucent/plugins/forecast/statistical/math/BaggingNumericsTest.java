package io.lucent.plugins.forecast.statistical.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Box-Cox, the moving block bootstrap and the local linear smoother used by bagged ETS. */
class BaggingNumericsTest {

    @ParameterizedTest(name = "lambda {0}")
    @ValueSource(doubles = {0.0, 0.25, 0.5, 1.0})
    void boxCoxRoundTripsPositiveValues(double lambda) {
        double[] y = {0.01, 0.5, 1, 3.7, 120, 98_000};

        double[] back = BoxCox.inverse(BoxCox.transform(y, lambda), lambda);

        for (int i = 0; i < y.length; i++) {
            assertThat(back[i]).isCloseTo(y[i], offset(1e-9 * y[i]));
        }
    }

    @Test
    void boxCoxWithLambdaZeroIsTheLogarithm() {
        assertThat(BoxCox.transform(new double[] {Math.E}, 0)[0]).isCloseTo(1.0, offset(1e-15));
        assertThat(BoxCox.transform(new double[] {9}, 0.5)[0]).isCloseTo(4.0, offset(1e-15));
    }

    @Test
    void guerreroChoosesOneForConstantVarianceAndZeroForSpreadProportionalToTheLevel() {
        SplittableRandom random = new SplittableRandom(11);
        double[] additive = new double[120];
        double[] multiplicative = new double[120];
        for (int t = 0; t < additive.length; t++) {
            double level = 100.0 * (1 + t / 12);
            additive[t] = level + 20 * random.nextGaussian();
            multiplicative[t] = level * Math.exp(0.1 * random.nextGaussian());
        }

        assertThat(BoxCox.guerreroLambda(additive, 12, 0, 1)).isGreaterThan(0.8);
        assertThat(BoxCox.guerreroLambda(multiplicative, 12, 0, 1)).isLessThan(0.2);
        assertThatThrownBy(() -> BoxCox.guerreroLambda(new double[] {1, 2, 3}, 2, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movingBlockBootstrapKeepsTheLengthAndCopiesWholeBlocks() {
        double[] x = new double[50];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }

        double[] sample = MovingBlockBootstrap.sample(x, 8, new SplittableRandom(5));

        assertThat(sample).hasSize(50);
        int breaks = 0;
        for (int i = 1; i < sample.length; i++) {
            if (sample[i] != sample[i - 1] + 1) {
                breaks++;
            }
        }
        // 50 values span at most 8 blocks of 8 (7 joins); runs of consecutive values show the blocks
        assertThat(breaks).isBetween(1, 7);
        for (double v : sample) {
            assertThat(v).isBetween(0.0, 49.0);
        }
    }

    @Test
    void movingBlockBootstrapCapsTheBlockAtTheSeriesLength() {
        double[] x = {4, 5, 6};

        double[] sample = MovingBlockBootstrap.sample(x, 10, new SplittableRandom(1));

        // blocks of the whole series laid end to end: a rotation of it
        assertThat(sample).hasSize(3);
        assertThat(sample[1]).isEqualTo(sample[0] == 6 ? 4 : sample[0] + 1);
        assertThat(sample[2]).isEqualTo(sample[1] == 6 ? 4 : sample[1] + 1);
    }

    @Test
    void localLinearSmootherReproducesALineAndSmoothsNoise() {
        double[] line = new double[30];
        double[] zigzag = new double[30];
        for (int t = 0; t < line.length; t++) {
            line[t] = 3 + 0.5 * t;
            zigzag[t] = line[t] + (t % 2 == 0 ? 1 : -1);
        }

        double[] smoothLine = LocalLinearSmoother.smooth(line, 6);
        double[] smoothZigzag = LocalLinearSmoother.smooth(zigzag, 6);

        for (int t = 0; t < line.length; t++) {
            assertThat(smoothLine[t]).isCloseTo(line[t], offset(1e-9));
        }
        for (int t = 3; t < line.length - 3; t++) {
            assertThat(Math.abs(smoothZigzag[t] - line[t])).isLessThan(0.5);
        }
    }
}
