package io.lucent.plugins.forecast.statistical.arima;

/**
 * A variable-metric (BFGS) minimiser with numerical central-difference gradients, following the algorithm of
 * Nash (Compact Numerical Methods, algorithm 21) that R's {@code optim(method = "BFGS")} uses: backtracking
 * line search with an Armijo test, inverse-Hessian updates, restarts when the update would lose positive
 * definiteness, and a relative tolerance on the function value.
 *
 * <p>Parameters are optimised on the scale {@code x / parscale} and gradients are differenced with step
 * {@code 1e-3} on that scale, as in R. Not thread-safe; create one per fit.
 */
final class Bfgs {

    private static final double STEP_REDUCTION = 0.2;
    private static final double ACCEPT_TOLERANCE = 1e-4;
    private static final double REL_TEST = 10.0;
    static final double GRADIENT_STEP = 1e-3;

    /** The outcome of a minimisation. */
    record Result(double[] par, double value, boolean converged, int evaluations) {
    }

    /** An exact gradient in original units. */
    @FunctionalInterface
    interface Gradient {
        /**
         * Writes the gradient.
         *
         * @param x   the point
         * @param out receives the partial derivatives
         */
        void at(double[] x, double[] out);
    }

    private final Objective f;
    private final Gradient exact;
    private final double[] parscale;
    private final double[] work;
    private int evaluations;

    Bfgs(Objective f, double[] parscale) {
        this(f, null, parscale);
    }

    /**
     * A minimiser using an exact gradient instead of central differences.
     *
     * @param f        the objective
     * @param exact    its gradient, or null for central differences
     * @param parscale the parameter scales
     */
    Bfgs(Objective f, Gradient exact, double[] parscale) {
        this.f = f;
        this.exact = exact;
        this.parscale = parscale.clone();
        this.work = new double[parscale.length];
    }

    /** Evaluates at scaled coordinates. */
    private double eval(double[] scaled) {
        for (int i = 0; i < scaled.length; i++) {
            work[i] = scaled[i] * parscale[i];
        }
        evaluations++;
        return f.value(work);
    }

    /** Central-difference gradient on the scaled coordinates; throws if a difference is not finite. */
    void gradient(double[] scaled, double[] g) {
        if (exact != null) {
            for (int i = 0; i < scaled.length; i++) {
                work[i] = scaled[i] * parscale[i];
            }
            exact.at(work, g);
            for (int i = 0; i < scaled.length; i++) {
                g[i] *= parscale[i];
                if (!Double.isFinite(g[i])) {
                    throw new ModelFitException("non-finite gradient");
                }
            }
            return;
        }
        for (int i = 0; i < scaled.length; i++) {
            double keep = scaled[i];
            scaled[i] = keep + GRADIENT_STEP;
            double up = eval(scaled);
            scaled[i] = keep - GRADIENT_STEP;
            double down = eval(scaled);
            scaled[i] = keep;
            g[i] = (up - down) / (2 * GRADIENT_STEP);
            if (!Double.isFinite(g[i])) {
                throw new ModelFitException("non-finite finite-difference gradient");
            }
        }
    }

    /**
     * Minimises from a start point.
     *
     * @param start  the start, in original units
     * @param maxIterations the iteration limit (R's default is 100)
     * @param relTol the relative tolerance on the function value
     * @return the minimum found, in original units
     */
    Result minimize(double[] start, int maxIterations, double relTol) {
        int n = start.length;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = start[i] / parscale[i];
        }
        double fmin = eval(b);
        if (!Double.isFinite(fmin)) {
            throw new ModelFitException("initial value not finite");
        }
        if (n == 0) {
            return new Result(new double[0], fmin, true, evaluations);
        }
        double[] g = new double[n];
        double[] t = new double[n];
        double[] xk = new double[n];
        double[] c = new double[n];
        double[][] h = new double[n][n];
        gradient(b, g);
        int gradCount = 1;
        int iter = 1;
        int lastReset = gradCount;
        int count;
        double f;
        do {
            if (lastReset == gradCount) {
                for (int i = 0; i < n; i++) {
                    java.util.Arrays.fill(h[i], 0, i, 0.0);
                    h[i][i] = 1.0;
                }
            }
            for (int i = 0; i < n; i++) {
                xk[i] = b[i];
                c[i] = g[i];
            }
            double gradProj = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) {
                    s -= h[i][j] * g[j];
                }
                for (int j = i + 1; j < n; j++) {
                    s -= h[j][i] * g[j];
                }
                t[i] = s;
                gradProj += s * g[i];
            }
            if (gradProj < 0) {
                double step = 1.0;
                boolean accepted = false;
                f = fmin;
                do {
                    count = 0;
                    for (int i = 0; i < n; i++) {
                        b[i] = xk[i] + step * t[i];
                        if (REL_TEST + xk[i] == REL_TEST + b[i]) {
                            count++;
                        }
                    }
                    if (count < n) {
                        f = eval(b);
                        accepted = Double.isFinite(f) && f <= fmin + gradProj * step * ACCEPT_TOLERANCE;
                        if (!accepted) {
                            step *= STEP_REDUCTION;
                        }
                    }
                } while (!(count == n || accepted));
                boolean enough = Math.abs(f - fmin) > relTol * (Math.abs(fmin) + relTol);
                if (!enough) {
                    count = n;
                    fmin = f;
                }
                if (count < n) {
                    fmin = f;
                    gradient(b, g);
                    gradCount++;
                    iter++;
                    double d1 = 0;
                    for (int i = 0; i < n; i++) {
                        t[i] *= step;
                        c[i] = g[i] - c[i];
                        d1 += t[i] * c[i];
                    }
                    if (d1 > 0) {
                        double d2 = 0;
                        for (int i = 0; i < n; i++) {
                            double s = 0;
                            for (int j = 0; j <= i; j++) {
                                s += h[i][j] * c[j];
                            }
                            for (int j = i + 1; j < n; j++) {
                                s += h[j][i] * c[j];
                            }
                            xk[i] = s;
                            d2 += s * c[i];
                        }
                        d2 = 1.0 + d2 / d1;
                        for (int i = 0; i < n; i++) {
                            for (int j = 0; j <= i; j++) {
                                h[i][j] += (d2 * t[i] * t[j] - xk[i] * t[j] - t[i] * xk[j]) / d1;
                            }
                        }
                    } else {
                        lastReset = gradCount;
                    }
                } else if (lastReset < gradCount) {
                    count = 0;
                    lastReset = gradCount;
                }
            } else {
                count = 0;
                if (lastReset == gradCount) {
                    count = n;
                } else {
                    lastReset = gradCount;
                }
            }
            if (iter >= maxIterations) {
                break;
            }
            if (gradCount - lastReset > 2 * n) {
                lastReset = gradCount;
            }
        } while (count != n || lastReset != gradCount);
        double[] par = new double[n];
        for (int i = 0; i < n; i++) {
            par[i] = b[i] * parscale[i];
        }
        return new Result(par, fmin, iter < maxIterations, evaluations);
    }

    /**
     * The Hessian in original units by differencing numerical gradients, as R's {@code optimHess}: step
     * {@code 1e-3} in original units for the outer difference, symmetrised.
     *
     * @param par the point, in original units
     * @return the Hessian
     */
    double[][] hessian(double[] par) {
        int n = par.length;
        double[] scaled = new double[n];
        for (int i = 0; i < n; i++) {
            scaled[i] = par[i] / parscale[i];
        }
        double[] g1 = new double[n];
        double[] g2 = new double[n];
        double[][] hess = new double[n][n];
        for (int i = 0; i < n; i++) {
            double eps = GRADIENT_STEP / parscale[i];
            double keep = scaled[i];
            scaled[i] = keep + eps;
            gradient(scaled, g1);
            scaled[i] = keep - eps;
            gradient(scaled, g2);
            scaled[i] = keep;
            for (int j = 0; j < n; j++) {
                hess[i][j] = (g1[j] - g2[j]) / (2 * eps * parscale[i] * parscale[j]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double avg = 0.5 * (hess[i][j] + hess[j][i]);
                hess[i][j] = avg;
                hess[j][i] = avg;
            }
        }
        return hess;
    }
}
