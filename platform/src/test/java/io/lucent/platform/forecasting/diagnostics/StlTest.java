package io.lucent.platform.forecasting.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * STL against R's reference implementation: the expected components were computed with R 4's
 * {@code stats::stl(ts(y, frequency = p), s.window = 7, robust = FALSE, s.jump = 1, t.jump = 1, l.jump = 1)}.
 */
class StlTest {

    /** 100 + t/2 + 10 sin(2 pi t / 12) + ((7t) mod 5) - 2, t = 0..47, with a spike of +15 at t = 19. */
    private static double[] monthly() {
        double[] y = IntStream.range(0, 48).mapToDouble(t -> 100 + 0.5 * t + 10 * Math.sin(2 * Math.PI * t / 12) + ((t * 7) % 5) - 2).toArray();
        y[19] += 15;
        return y;
    }

    private static final double[] R_MONTHLY_SEASONAL = {
            -0.2766857816, 3.8688450449, 9.2115515990, 9.1020029316, 8.2395563404, 4.8040869140,
            -1.0837769117, 0.6524852193, -9.5423479217, -10.3811340702, -8.7561941772, -5.9086300267,
            -0.1509957116, 3.8659142086, 9.0052954474, 9.3513917974, 8.0433578843, 4.9558887019,
            -1.0763521251, 0.1453090449, -9.3167064155, -10.6140493113, -8.6494734121, -5.9480155344,
            0.1843547943, 4.2050358478, 8.4821682347, 9.8734611480, 7.5311723747, 5.3169132460,
            -0.7102406313, -0.8616564348, -8.7613253380, -11.0859560476, -8.2401414624, -5.5194905086,
            0.1076675158, 4.2917777813, 8.2450476121, 10.1092155978, 7.3393897508, 5.3546171128,
            -0.5220243760, -1.7191968507, -8.4552734516, -11.2218953728, -8.1597044632, -5.2988528153};

    private static final double[] R_MONTHLY_TREND = {
            99.7406245561, 100.2691346356, 100.8030188362, 101.3433594836, 101.8902417854, 102.4431068979,
            103.0003678987, 103.5600119659, 104.1187556069, 104.6731780465, 105.2190754974, 105.7664924171,
            106.4500509893, 107.1580140956, 107.8592742898, 108.5281251651, 109.1403361958, 109.6963338913,
            110.2119203999, 110.7124183528, 111.2081940302, 111.6798439015, 112.1108609922, 112.4999105298,
            112.8459170716, 113.1582092007, 113.4504326072, 113.7558116985, 114.1117101694, 114.5322304752,
            115.0100198087, 115.5001154217, 115.9938501888, 116.4970612041, 116.9923633270, 117.4787715029,
            117.9609734372, 118.4369992045, 118.9464111623, 119.4718046280, 120.0020575211, 120.5319885438,
            121.0593639964, 121.5831706238, 122.1027210118, 122.6191918514, 123.1339853181, 123.6487926830};

    private static final double[] QUARTERLY = {5, 7, 3, 8, 6, 9, 4, 10, 7, 11, 6, 12, 8, 13, 9, 12, 10, 14, 9, 15};

    private static final double[] R_QUARTERLY_SEASONAL = {
            -0.9401751038, 1.9633277143, -2.9669765321, 1.9635816084, -1.0185200250, 2.0232637513,
            -2.9178162168, 1.9365194601, -1.2119394366, 2.1971465024, -2.8391276951, 1.9124095695,
            -1.3479236250, 2.2563807702, -2.8122306720, 1.9632373104, -1.4293165520, 2.2758775779,
            -2.7785749566, 1.9508099308};

    private static final double[] R_QUARTERLY_TREND = {
            5.3920170889, 5.6842094016, 5.9768810772, 6.2653362839, 6.6021233513, 7.0037777308,
            7.4092599043, 7.7967698715, 8.2333020080, 8.7116558197, 9.1185963992, 9.5811709897,
            10.0761585695, 10.4284446885, 10.7396113005, 11.0788916869, 11.4082768887, 11.7785004073,
            12.1625596722, 12.5647549005};

    @Test
    void matchesRsStlOnAMonthlySeriesWithASpike() {
        double[] y = monthly();

        Stl.Components components = new Stl(12, 7).decompose(y);

        assertThat(components.seasonal()).containsExactly(R_MONTHLY_SEASONAL, within(1e-8));
        assertThat(components.trend()).containsExactly(R_MONTHLY_TREND, within(1e-8));
        for (int t = 0; t < y.length; t++) {
            assertThat(components.seasonal()[t] + components.trend()[t] + components.remainder()[t]).isCloseTo(y[t], within(1e-9));
        }
    }

    @Test
    void matchesRsStlOnAShortQuarterlySeries() {
        Stl.Components components = new Stl(4, 7).decompose(QUARTERLY);

        assertThat(components.seasonal()).containsExactly(R_QUARTERLY_SEASONAL, within(1e-8));
        assertThat(components.trend()).containsExactly(R_QUARTERLY_TREND, within(1e-8));
    }

    @Test
    void refusesSeriesShorterThanTwoCyclesAndBadSpans() {
        assertThatThrownBy(() -> new Stl(12, 7).decompose(new double[23])).hasMessageContaining("two cycles");
        assertThatThrownBy(() -> new Stl(1, 7)).hasMessageContaining("period");
        assertThatThrownBy(() -> new Stl(12, 8)).hasMessageContaining("odd");
    }
}
