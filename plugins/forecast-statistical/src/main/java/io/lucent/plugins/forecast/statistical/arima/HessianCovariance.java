package io.lucent.plugins.forecast.statistical.arima;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Coefficient covariances from the numerical Hessian of a per-observation objective, as R's {@code arima}
 * computes them.
 */
final class HessianCovariance {

    private HessianCovariance() {
    }

    /**
     * {@code A' (H n)^-1 A} restricted to the free coefficients, for a Hessian H on the unconstrained scale
     * and the Jacobian A of the map to the coefficients.
     *
     * @param hessian the Hessian of the free coefficients
     * @param jac     the Jacobian over all coefficients, {@code jac[i][j] = d out_j / d raw_i}
     * @param free    which coefficients are free
     * @param used    the number of observations n
     * @return the covariance of the free coefficients
     */
    static double[][] transformed(double[][] hessian, double[][] jac, boolean[] free, int used) {
        int m = hessian.length;
        if (m == 0) {
            return new double[0][0];
        }
        double[][] inv = inverse(hessian, used);
        int[] idx = new int[m];
        for (int i = 0, j = 0; i < free.length; i++) {
            if (free[i]) {
                idx[j++] = i;
            }
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < m; k++) {
                    double aki = jac[idx[k]][idx[i]];
                    if (aki == 0) {
                        continue;
                    }
                    for (int l = 0; l < m; l++) {
                        s += aki * inv[k][l] * jac[idx[l]][idx[j]];
                    }
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /**
     * {@code (H n)^-1} for a Hessian of the per-observation objective.
     *
     * @param hessian the Hessian
     * @param used    the number of observations n
     * @return the inverse
     * @throws ModelFitException when the matrix is singular or computationally singular, as R's solve fails
     */
    static double[][] inverse(double[][] hessian, int used) {
        int m = hessian.length;
        double[][] h = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                h[i][j] = hessian[i][j] * used;
                if (!Double.isFinite(h[i][j])) {
                    throw new ModelFitException("non-finite Hessian");
                }
            }
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(h, false), 1e-300);
        if (!lu.getSolver().isNonSingular()) {
            throw new ModelFitException("singular Hessian");
        }
        RealMatrix inv = lu.getSolver().getInverse();
        double[][] out = inv.getData();
        // Reject numerically singular systems the way LAPACK's condition check does.
        double norm = 0;
        double invNorm = 0;
        for (int i = 0; i < m; i++) {
            double rs = 0;
            double ri = 0;
            for (int j = 0; j < m; j++) {
                rs += Math.abs(h[i][j]);
                ri += Math.abs(out[i][j]);
            }
            norm = Math.max(norm, rs);
            invNorm = Math.max(invNorm, ri);
        }
        if (!(1.0 / (norm * invNorm) > 2.220446049250313e-16)) {
            throw new ModelFitException("computationally singular Hessian");
        }
        return out;
    }
}
