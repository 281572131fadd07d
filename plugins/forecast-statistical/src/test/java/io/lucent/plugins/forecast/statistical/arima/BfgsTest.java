package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BfgsTest {

    @Test
    void minimisesAQuadraticWithScaledParameters() {
        Objective f = x -> (x[0] - 3) * (x[0] - 3) + 10 * (x[1] + 200) * (x[1] + 200) / 10000.0;
        Bfgs.Result r = new Bfgs(f, new double[] {1, 100}).minimize(new double[] {0, 0}, 100, 1e-10);
        assertThat(r.converged()).isTrue();
        assertThat(r.par()).containsExactly(new double[] {3, -200}, within(1e-3));
        assertThat(r.value()).isCloseTo(0, within(1e-8));
    }

    @Test
    void minimisesRosenbrock() {
        Objective f = x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);
        Bfgs.Result r = new Bfgs(f, new double[] {1, 1}).minimize(new double[] {-1.2, 1}, 1000, 1e-12);
        assertThat(r.par()).containsExactly(new double[] {1, 1}, within(1e-2));
    }

    @Test
    void hessianOfAQuadraticIsExact() {
        Objective f = x -> 2 * x[0] * x[0] + 3 * x[0] * x[1] + 5 * x[1] * x[1];
        double[][] h = new Bfgs(f, new double[] {1, 1}).hessian(new double[] {0.3, -0.7});
        assertThat(h[0]).containsExactly(new double[] {4, 3}, within(1e-6));
        assertThat(h[1]).containsExactly(new double[] {3, 10}, within(1e-6));
    }

    @Test
    void nonFiniteStartIsAFitFailure() {
        Objective f = x -> Double.NaN;
        assertThatThrownBy(() -> new Bfgs(f, new double[] {1}).minimize(new double[] {0}, 100, 1e-8))
                .isInstanceOf(ModelFitException.class);
    }
}
