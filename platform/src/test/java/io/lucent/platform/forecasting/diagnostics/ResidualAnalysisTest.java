package io.lucent.platform.forecasting.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Residual diagnostics and decomposition strength on series whose answer is known. */
class ResidualAnalysisTest {

    @Test
    void whiteNoisePassesLjungBoxAndAnAutoregressiveSeriesFailsIt() {
        Random random = new Random(3);
        double[] noise = new double[400];
        double[] ar = new double[400];
        for (int t = 0; t < noise.length; t++) {
            noise[t] = random.nextGaussian();
            ar[t] = (t == 0 ? 0 : 0.7 * ar[t - 1]) + random.nextGaussian();
        }

        ResidualAnalysis white = ResidualAnalysis.of(noise, 1, 0);
        ResidualAnalysis correlated = ResidualAnalysis.of(ar, 1, 0);

        assertThat(white.ljungBox().pValue()).isGreaterThan(0.05);
        assertThat(correlated.ljungBox().pValue()).isLessThan(1e-6);
        assertThat(correlated.acf()[0]).isCloseTo(0.7, within(0.08));
        assertThat(correlated.pacf()[0]).isCloseTo(correlated.acf()[0], within(1e-12));
        assertThat(Math.abs(correlated.pacf()[1])).isLessThan(correlated.bound() * 1.5);
        assertThat(white.bound()).isCloseTo(1.96 / 20, within(1e-12));
        assertThat(java.util.Arrays.stream(white.histogram().counts()).sum()).isEqualTo(400);
        assertThat(white.qq()).hasSize(400);
    }

    @Test
    void aPurelySeasonalSeriesHasStrongSeasonalityAndATrendingOneStrongTrend() {
        double[] seasonal = new double[96];
        double[] trending = new double[96];
        Random random = new Random(5);
        for (int t = 0; t < seasonal.length; t++) {
            seasonal[t] = 100 + 30 * Math.sin(2 * Math.PI * t / 12) + random.nextGaussian();
            trending[t] = 10 + 2.0 * t + random.nextGaussian();
        }

        assertThat(Decomposition.of(seasonal, 12).seasonalityStrength()).isGreaterThan(0.95);
        assertThat(Decomposition.of(trending, 12).trendStrength()).isGreaterThan(0.95);
        assertThat(Decomposition.of(trending, 12).seasonalityStrength()).isLessThan(0.3);
        assertThat(Decomposition.of(trending, 1).seasonalityStrength()).isNull();
    }
}
