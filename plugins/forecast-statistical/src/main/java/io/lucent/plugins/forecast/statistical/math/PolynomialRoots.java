package io.lucent.plugins.forecast.statistical.math;

/** Root-location tests for real polynomials. */
public final class PolynomialRoots {

    private PolynomialRoots() {
    }

    /**
     * Whether every root of {@code c[0] + c[1] z + ... + c[d] z^d} lies inside the unit circle (up to a
     * relative tolerance), by the Schur–Cohn step-down recursion: no complex arithmetic and O(d^2) work.
     *
     * @param coefficients the coefficients in increasing powers; the last one must be non-zero
     * @param tolerance    how far outside the circle a root may lie, relative, for example 1e-10
     * @return true if no root has modulus above {@code 1 + tolerance}
     */
    public static boolean allInsideUnitCircle(double[] coefficients, double tolerance) {
        int degree = coefficients.length - 1;
        while (degree > 0 && coefficients[degree] == 0) {
            degree--;
        }
        double[] c = new double[degree + 1];
        double scale = 1 + tolerance;
        double power = 1;
        for (int k = 0; k <= degree; k++) {
            // substitute z = scale * w: roots in w are the roots in z divided by scale
            c[k] = coefficients[k] * power;
            power *= scale;
        }
        double[] next = new double[degree + 1];
        for (int d = degree; d >= 1; d--) {
            double a0 = c[0];
            double ad = c[d];
            if (!(Math.abs(a0) < Math.abs(ad))) {
                return false;
            }
            double max = 0;
            for (int j = 0; j < d; j++) {
                next[j] = ad * c[j + 1] - a0 * c[d - 1 - j];
                max = Math.max(max, Math.abs(next[j]));
            }
            if (max == 0) {
                return false;
            }
            for (int j = 0; j < d; j++) {
                c[j] = next[j] / max;
            }
        }
        return true;
    }
}
