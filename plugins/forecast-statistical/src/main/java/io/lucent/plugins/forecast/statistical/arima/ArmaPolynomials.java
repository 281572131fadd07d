package io.lucent.plugins.forecast.statistical.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Operations on ARMA lag polynomials: seasonal expansion, the stationarity-enforcing reparametrisation
 * (partial autocorrelations through {@code tanh}), root-modulus tests and the reflection of MA roots into an
 * invertible polynomial.
 *
 * <p>AR coefficients are stored as in {@code 1 - phi_1 B - ... - phi_p B^p}, MA coefficients as in
 * {@code 1 + theta_1 B + ... + theta_q B^q}. All methods are pure functions.
 */
final class ArmaPolynomials {

    private ArmaPolynomials() {
    }

    /**
     * Multiplies a non-seasonal and a seasonal AR polynomial: {@code (1 - sum a_i B^i)(1 - sum s_j B^{mj})}.
     *
     * @param ar        array holding the non-seasonal coefficients
     * @param arOffset  where they start
     * @param p         how many
     * @param sar       array holding the seasonal coefficients
     * @param sarOffset where they start
     * @param bigP      how many
     * @param period    the seasonal period
     * @return the expanded coefficients {@code phi_1 .. phi_{p + mP}}
     */
    static double[] expandAr(double[] ar, int arOffset, int p, double[] sar, int sarOffset, int bigP, int period) {
        return expandAr(ar, arOffset, p, sar, sarOffset, bigP, period, new double[p + period * bigP]);
    }

    /** As {@link #expandAr(double[], int, int, double[], int, int, int)}, into {@code phi} (length p + mP). */
    static double[] expandAr(double[] ar, int arOffset, int p, double[] sar, int sarOffset, int bigP, int period,
            double[] phi) {
        java.util.Arrays.fill(phi, 0.0);
        for (int i = 0; i < p; i++) {
            phi[i] = ar[arOffset + i];
        }
        for (int j = 0; j < bigP; j++) {
            double s = sar[sarOffset + j];
            int lag = (j + 1) * period;
            phi[lag - 1] += s;
            for (int i = 0; i < p; i++) {
                phi[lag + i] -= s * ar[arOffset + i];
            }
        }
        return phi;
    }

    /**
     * Multiplies a non-seasonal and a seasonal MA polynomial: {@code (1 + sum a_i B^i)(1 + sum s_j B^{mj})}.
     *
     * @param ma        array holding the non-seasonal coefficients
     * @param maOffset  where they start
     * @param q         how many
     * @param sma       array holding the seasonal coefficients
     * @param smaOffset where they start
     * @param bigQ      how many
     * @param period    the seasonal period
     * @return the expanded coefficients {@code theta_1 .. theta_{q + mQ}}
     */
    static double[] expandMa(double[] ma, int maOffset, int q, double[] sma, int smaOffset, int bigQ, int period) {
        return expandMa(ma, maOffset, q, sma, smaOffset, bigQ, period, new double[q + period * bigQ]);
    }

    /** As {@link #expandMa(double[], int, int, double[], int, int, int)}, into {@code theta} (length q + mQ). */
    static double[] expandMa(double[] ma, int maOffset, int q, double[] sma, int smaOffset, int bigQ, int period,
            double[] theta) {
        java.util.Arrays.fill(theta, 0.0);
        for (int i = 0; i < q; i++) {
            theta[i] = ma[maOffset + i];
        }
        for (int j = 0; j < bigQ; j++) {
            double s = sma[smaOffset + j];
            int lag = (j + 1) * period;
            theta[lag - 1] += s;
            for (int i = 0; i < q; i++) {
                theta[lag + i] += s * ma[maOffset + i];
            }
        }
        return theta;
    }

    /**
     * Maps unconstrained values to the coefficients of a stationary AR polynomial: each value becomes a
     * partial autocorrelation through {@code tanh}, then the Durbin-Levinson recursion gives the coefficients.
     *
     * @param raw    source array
     * @param offset first index in {@code raw}
     * @param count  number of coefficients
     * @param out    destination array, written at {@code offset}
     */
    static void toStationary(double[] raw, int offset, int count, double[] out) {
        toStationary(raw, offset, count, out, new double[count], new double[count]);
    }

    /** As {@link #toStationary(double[], int, int, double[])} with work arrays of at least {@code count}. */
    static void toStationary(double[] raw, int offset, int count, double[] out, double[] work, double[] coef) {
        if (count == 0) {
            return;
        }
        for (int j = 0; j < count; j++) {
            coef[j] = Math.tanh(raw[offset + j]);
            work[j] = coef[j];
        }
        for (int j = 1; j < count; j++) {
            double a = coef[j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * coef[j - k - 1];
            }
            System.arraycopy(work, 0, coef, 0, j);
        }
        System.arraycopy(coef, 0, out, offset, count);
    }

    /**
     * The inverse of {@link #toStationary}: AR coefficients of a stationary polynomial to unconstrained values.
     */
    static void fromStationary(double[] coefs, int offset, int count, double[] out) {
        if (count == 0) {
            return;
        }
        double[] cur = new double[count];
        double[] work = new double[count];
        System.arraycopy(coefs, offset, cur, 0, count);
        for (int j = count - 1; j > 0; j--) {
            double a = cur[j];
            for (int k = 0; k < j; k++) {
                work[k] = (cur[k] + a * cur[j - k - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, cur, 0, j);
        }
        for (int j = 0; j < count; j++) {
            out[offset + j] = atanh(cur[j]);
        }
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /**
     * Whether every root of {@code 1 - sum c_k z^k} has modulus above {@code radius}, by the Schur-Cohn
     * step-down recursion on the rescaled polynomial (coefficients with magnitude below 1e-8 at the end are
     * ignored, as R's root checks do).
     *
     * @param c      AR-form coefficients
     * @param radius the modulus the roots must exceed
     * @return true if all roots lie outside the circle of that radius
     */
    static boolean rootsOutside(double[] c, double radius) {
        int last = c.length;
        while (last > 0 && Math.abs(c[last - 1]) <= 1e-8) {
            last--;
        }
        if (last == 0) {
            return true;
        }
        double[] cur = new double[last];
        double scale = 1;
        for (int k = 0; k < last; k++) {
            scale *= radius;
            cur[k] = c[k] * scale;
        }
        double[] work = new double[last];
        for (int j = last - 1; j >= 0; j--) {
            double a = cur[j];
            if (!(Math.abs(a) < 1)) {
                return false;
            }
            for (int k = 0; k < j; k++) {
                work[k] = (cur[k] + a * cur[j - k - 1]) / (1 - a * a);
            }
            System.arraycopy(work, 0, cur, 0, j);
        }
        return true;
    }

    /**
     * Whether an AR polynomial {@code 1 - sum phi_k z^k} is stationary (all roots outside the unit circle).
     */
    static boolean isStationary(double[] phi, int offset, int count) {
        double[] c = new double[count];
        System.arraycopy(phi, offset, c, 0, count);
        return rootsOutside(c, 1.0);
    }

    /**
     * Reflects the roots of {@code 1 + sum theta_k z^k} that lie inside the unit circle to their inverses, giving
     * the invertible polynomial with the same autocovariances. Coefficients are replaced in place.
     */
    static void invertMa(double[] theta, int offset, int count) {
        int q0 = count;
        while (q0 > 0 && theta[offset + q0 - 1] == 0.0) {
            q0--;
        }
        if (q0 == 0) {
            return;
        }
        double[] neg = new double[q0];
        for (int i = 0; i < q0; i++) {
            neg[i] = -theta[offset + i];
        }
        if (rootsOutside(neg, 1.0)) {
            return;
        }
        if (q0 == 1) {
            theta[offset] = 1.0 / theta[offset];
            for (int i = 1; i < count; i++) {
                theta[offset + i] = 0;
            }
            return;
        }
        double[][] roots = roots(theta, offset, q0);
        double[] re = roots[0];
        double[] im = roots[1];
        for (int i = 0; i < q0; i++) {
            double mod2 = re[i] * re[i] + im[i] * im[i];
            if (mod2 < 1) {
                re[i] = re[i] / mod2;
                im[i] = -im[i] / mod2;
            }
        }
        // Rebuild prod (1 - z / r_i) with complex arithmetic.
        double[] pr = new double[q0 + 1];
        double[] pi = new double[q0 + 1];
        pr[0] = 1;
        int len = 1;
        for (int k = 0; k < q0; k++) {
            double mod2 = re[k] * re[k] + im[k] * im[k];
            double ir = re[k] / mod2;
            double ii = -im[k] / mod2;
            for (int j = len; j >= 1; j--) {
                // new[j] = old[j] - old[j-1] * (1/r)
                double ar = pr[j - 1] * ir - pi[j - 1] * ii;
                double ai = pr[j - 1] * ii + pi[j - 1] * ir;
                pr[j] -= ar;
                pi[j] -= ai;
            }
            len++;
        }
        for (int i = 0; i < q0; i++) {
            theta[offset + i] = pr[i + 1];
        }
        for (int i = q0; i < count; i++) {
            theta[offset + i] = 0;
        }
    }

    /**
     * The roots of {@code 1 + sum_{k=1..q} c_k z^k} as eigenvalues of the companion matrix.
     *
     * @return real parts and imaginary parts
     */
    static double[][] roots(double[] c, int offset, int q) {
        double lead = c[offset + q - 1];
        double[][] companion = new double[q][q];
        // Monic polynomial z^q + (c_{q-1}/c_q) z^{q-1} + ... + 1/c_q.
        for (int j = 0; j < q; j++) {
            double coef = j == 0 ? 1.0 : c[offset + j - 1];
            companion[0][q - 1 - j] = -coef / lead;
        }
        for (int i = 1; i < q; i++) {
            companion[i][i - 1] = 1;
        }
        EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(companion, false));
        return new double[][] {eigen.getRealEigenvalues(), eigen.getImagEigenvalues()};
    }

    /**
     * The Jacobian of {@link #toStationary} applied to both AR blocks, by forward differences with step 1e-3
     * (R's convention), as a square matrix over all coefficients with identity elsewhere.
     *
     * @param raw the unconstrained coefficients
     * @param p   non-seasonal AR order, block at 0
     * @param pOffsetSeasonal start of the seasonal AR block
     * @param bigP seasonal AR order
     * @return {@code a[i][j] = d out_j / d raw_i}
     */
    static double[][] transformJacobian(double[] raw, int p, int pOffsetSeasonal, int bigP) {
        int n = raw.length;
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            a[i][i] = 1;
        }
        jacobianBlock(raw, 0, p, a);
        jacobianBlock(raw, pOffsetSeasonal, bigP, a);
        return a;
    }

    private static void jacobianBlock(double[] raw, int offset, int count, double[][] a) {
        if (count == 0) {
            return;
        }
        double eps = 1e-3;
        double[] w1 = new double[count];
        double[] w2 = new double[count];
        double[] w3 = new double[count];
        System.arraycopy(raw, offset, w1, 0, count);
        toStationary(w1, 0, count, w2);
        for (int i = 0; i < count; i++) {
            w1[i] += eps;
            toStationary(w1, 0, count, w3);
            for (int j = 0; j < count; j++) {
                a[offset + i][offset + j] = (w3[j] - w2[j]) / eps;
            }
            w1[i] -= eps;
        }
    }
}
