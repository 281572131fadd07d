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
        return allInsideUnitCircle(coefficients, coefficients.length, tolerance, new double[2 * coefficients.length]);
    }

    /**
     * As {@link #allInsideUnitCircle(double[], double)} without allocating, for hot loops.
     *
     * @param coefficients the coefficients in increasing powers
     * @param count        how many leading entries of {@code coefficients} to use
     * @param tolerance    how far outside the circle a root may lie, relative
     * @param work         scratch space of at least {@code 2 * count} values
     * @return true if no root has modulus above {@code 1 + tolerance}
     */
    public static boolean allInsideUnitCircle(double[] coefficients, int count, double tolerance, double[] work) {
        int degree = count - 1;
        while (degree > 0 && coefficients[degree] == 0) {
            degree--;
        }
        // c and next live in the scratch space; substitute z = (1 + tolerance) w so that the test in w is strict
        int c = 0;
        int next = count;
        double scale = 1 + tolerance;
        double power = 1;
        for (int k = 0; k <= degree; k++) {
            work[c + k] = coefficients[k] * power;
            power *= scale;
        }
        for (int d = degree; d >= 1; d--) {
            double a0 = work[c];
            double ad = work[c + d];
            if (!(Math.abs(a0) < Math.abs(ad))) {
                return false;
            }
            double max = 0;
            for (int j = 0; j < d; j++) {
                double v = ad * work[c + j + 1] - a0 * work[c + d - 1 - j];
                work[next + j] = v;
                max = Math.max(max, Math.abs(v));
            }
            if (max == 0) {
                return false;
            }
            double inverse = 1 / max;
            for (int j = 0; j < d; j++) {
                work[next + j] *= inverse;
            }
            int swap = c;
            c = next;
            next = swap;
        }
        return true;
    }
}
