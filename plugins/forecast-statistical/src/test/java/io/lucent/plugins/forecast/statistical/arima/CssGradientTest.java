package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact CSS gradient agrees with central differences of the CSS objective. */
class CssGradientTest {

    @ParameterizedTest
    @CsvSource({"2,1,1,1,0,1,12,true", "1,0,2,1,0,1,12,true", "3,1,2,0,0,0,1,true", "1,1,1,2,1,1,12,false",
        "0,0,1,0,0,0,1,false"})
    void matchesFiniteDifferences(int p, int d, int q, int bigP, int bigD, int bigQ, int period, boolean constant) {
        ArimaSpec spec = new ArimaSpec(p, d, q, bigP, bigD, bigQ, period, constant);
        double[] dx = Differencing.apply(ReferenceSeries.logAirPassengers(), d, bigD, period);
        int used = dx.length;
        int narma = spec.armaCount();
        boolean hasConstant = spec.hasMean() || spec.hasDrift();
        int k = narma + (hasConstant ? 1 : 0);
        boolean[] free = new boolean[k];
        Arrays.fill(free, true);
        double step = spec.hasDrift() && bigD == 1 ? period : 1;
        Random random = new Random(5);
        double[] c = new double[k];
        for (int i = 0; i < narma; i++) {
            c[i] = 0.3 * random.nextGaussian();
        }
        if (hasConstant) {
            c[narma] = spec.hasMean() ? 5.4 : 0.01;
        }
        ConditionalResiduals residuals = new ConditionalResiduals(used, spec.fullArOrder(), spec.fullMaOrder());
        double[] g = new double[k];
        new CssGradient(spec, dx, used, step, free).gradient(c, phi(spec, c), theta(spec, c), g);
        for (int i = 0; i < k; i++) {
            double h = 1e-6;
            double[] up = c.clone();
            double[] down = c.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (objective(spec, residuals, dx, step, up) - objective(spec, residuals, dx, step, down))
                    / (2 * h);
            assertThat(g[i]).as("coefficient %d of %s", i, spec).isCloseTo(numeric, within(1e-3 * Math.max(1,
                    Math.abs(numeric))));
        }
    }

    private static double objective(ArimaSpec spec, ConditionalResiduals r, double[] dx, double step, double[] c) {
        double shift = c.length > spec.armaCount() ? c[spec.armaCount()] * step : 0;
        return 0.5 * Math.log(r.meanSquare(dx, shift, dx.length, phi(spec, c), theta(spec, c)));
    }

    private static double[] phi(ArimaSpec s, double[] c) {
        return ArmaPolynomials.expandAr(c, 0, s.p(), c, s.p() + s.q(), s.bigP(), s.period());
    }

    private static double[] theta(ArimaSpec s, double[] c) {
        return ArmaPolynomials.expandMa(c, s.p(), s.q(), c, s.p() + s.q() + s.bigP(), s.bigQ(), s.period());
    }
}
