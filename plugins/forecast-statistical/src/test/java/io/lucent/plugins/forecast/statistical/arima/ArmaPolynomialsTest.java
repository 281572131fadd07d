package io.lucent.plugins.forecast.statistical.arima;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ArmaPolynomialsTest {

    @Test
    void seasonalExpansionMultipliesThePolynomials() {
        // (1 - 0.5B)(1 - 0.3B^4) = 1 - 0.5B - 0.3B^4 + 0.15B^5
        double[] phi = ArmaPolynomials.expandAr(new double[] {0.5, 0.3}, 0, 1, new double[] {0.5, 0.3}, 1, 1, 4);
        assertThat(phi).containsExactly(new double[] {0.5, 0, 0, 0.3, -0.15}, within(1e-15));
        // (1 + 0.4B)(1 - 0.6B^2) = 1 + 0.4B - 0.6B^2 - 0.24B^3
        double[] theta = ArmaPolynomials.expandMa(new double[] {0.4, -0.6}, 0, 1, new double[] {0.4, -0.6}, 1, 1, 2);
        assertThat(theta).containsExactly(new double[] {0.4, -0.6, -0.24}, within(1e-15));
    }

    @Test
    void stationaryTransformRoundTrips() {
        double[] raw = {0.7, -1.2, 0.3};
        double[] coef = new double[3];
        ArmaPolynomials.toStationary(raw, 0, 3, coef);
        assertThat(ArmaPolynomials.isStationary(coef, 0, 3)).isTrue();
        double[] back = new double[3];
        ArmaPolynomials.fromStationary(coef, 0, 3, back);
        assertThat(back).containsExactly(raw, within(1e-12));
    }

    @Test
    void rootTestUsesTheRadius() {
        // 1 - 0.9z has its root at 1/0.9 = 1.111
        assertThat(ArmaPolynomials.rootsOutside(new double[] {0.9}, 1.0)).isTrue();
        assertThat(ArmaPolynomials.rootsOutside(new double[] {0.9}, 1.11)).isTrue();
        assertThat(ArmaPolynomials.rootsOutside(new double[] {0.9}, 1.12)).isFalse();
        // 1 - 1.5z + 0.56z^2 = (1 - 0.7z)(1 - 0.8z): roots 1.4286 and 1.25
        assertThat(ArmaPolynomials.rootsOutside(new double[] {1.5, -0.56}, 1.2)).isTrue();
        assertThat(ArmaPolynomials.rootsOutside(new double[] {1.5, -0.56}, 1.3)).isFalse();
        assertThat(ArmaPolynomials.rootsOutside(new double[] {1.5, 0}, 1.0)).isFalse();
    }

    @Test
    void maInversionReflectsRootsAndKeepsTheAutocorrelation() {
        double[] ma1 = {2.0};
        ArmaPolynomials.invertMa(ma1, 0, 1);
        assertThat(ma1[0]).isCloseTo(0.5, within(1e-15));
        // (1 + 2z)(1 + 0.5z) = 1 + 2.5z + z^2 has a root inside; reflecting gives (1 + 0.5z)^2 = 1 + z + 0.25z^2
        double[] ma2 = {2.5, 1.0};
        ArmaPolynomials.invertMa(ma2, 0, 2);
        assertThat(ma2).containsExactly(new double[] {1.0, 0.25}, within(1e-9));
        double[] invertible = {0.3, 0.2};
        ArmaPolynomials.invertMa(invertible, 0, 2);
        assertThat(invertible).containsExactly(0.3, 0.2);
    }
}
