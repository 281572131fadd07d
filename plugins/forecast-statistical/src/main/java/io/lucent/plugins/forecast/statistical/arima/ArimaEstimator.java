package io.lucent.plugins.forecast.statistical.arima;

import java.util.Arrays;

/**
 * Estimates one ARIMA model with given orders, the way R's {@code stats::arima} does: the mean or drift enters
 * as a regression coefficient started from least squares on the differenced series; CSS-ML first minimises
 * the conditional sum of squares, checks that the AR start values are stationary, then maximises the exact
 * likelihood over AR coefficients reparametrised through partial autocorrelations (so every trial point is
 * stationary) with the MA start values reflected to invertibility; the final MA polynomials are reflected
 * again and standard errors come from the numerical Hessian mapped through the Jacobian of the
 * reparametrisation.
 *
 * <p>One instance per fit; it holds work arrays.
 */
final class ArimaEstimator {

    private static final int MAX_ITERATIONS = 100;
    private static final double REL_TOL = 1.4901161193847656e-8;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final ArimaSpec spec;
    private final int n;
    private final int used;
    private final int narma;
    private final boolean hasRegression;
    private final double[] dx;
    private final double regressionStep;
    private final double[] w;
    private final ConditionalResiduals conditional;
    private final boolean[] free;
    private final double[] coef;
    private final double[] parscale;
    private final ArmaKalmanFilter filter;
    private final int cssConditioning;
    private final double[] trial;
    private final double[] phiBuffer;
    private final double[] thetaBuffer;
    private final double[] work1;
    private final double[] work2;
    private double[] scale;
    private double[] optimumRaw;
    private EstimationMethod fittedMethod;

    private ArimaEstimator(double[] x, ArimaSpec spec, double fixedConstant) {
        this.spec = spec;
        this.n = x.length;
        this.used = n - spec.lostToDifferencing();
        if (used <= 0) {
            throw new ModelFitException("too few observations for the differencing");
        }
        this.narma = spec.armaCount();
        this.hasRegression = spec.hasMean() || spec.hasDrift();
        this.dx = Differencing.apply(x, spec.d(), spec.bigD(), spec.period());
        this.regressionStep = spec.hasDrift() ? (spec.bigD() == 1 ? spec.period() : 1.0) : 1.0;
        this.w = new double[used];
        this.conditional = new ConditionalResiduals(used, spec.fullArOrder(), spec.fullMaOrder());
        int k = narma + (hasRegression ? 1 : 0);
        this.free = new boolean[k];
        this.coef = new double[k];
        this.parscale = new double[k];
        Arrays.fill(free, true);
        Arrays.fill(parscale, 1.0);
        if (hasRegression) {
            initialiseRegression(x);
            if (!Double.isNaN(fixedConstant)) {
                free[narma] = false;
                coef[narma] = fixedConstant;
            }
        }
        this.filter = new ArmaKalmanFilter(spec.fullArOrder(), spec.fullMaOrder());
        this.trial = new double[k];
        this.phiBuffer = new double[spec.fullArOrder()];
        this.thetaBuffer = new double[spec.fullMaOrder()];
        int maxBlock = Math.max(spec.p(), spec.bigP());
        this.work1 = new double[maxBlock];
        this.work2 = new double[maxBlock];
        this.cssConditioning = spec.fullArOrder();
    }

    /**
     * Fits a model.
     *
     * @param x             the series, no missing values
     * @param spec          the orders and constant
     * @param method        the estimation method
     * @param fixedConstant a fixed value for the mean or drift, or NaN to estimate it
     * @return the fit
     * @throws ModelFitException if the model cannot be estimated
     */
    static ArimaFit fit(double[] x, ArimaSpec spec, EstimationMethod method, double fixedConstant) {
        ArimaEstimator estimator = new ArimaEstimator(x, spec, fixedConstant);
        return estimator.withCovariance(estimator.estimate(method));
    }

    /**
     * Prepares the estimation of one model; {@link #estimate} then fits it without the (costly) numerical
     * Hessian, which {@link #withCovariance} adds when the fit is worth it.
     *
     * @param x             the series, no missing values
     * @param spec          the orders and constant
     * @param fixedConstant a fixed mean or drift, or NaN to estimate it
     * @return the estimator
     */
    static ArimaEstimator of(double[] x, ArimaSpec spec, double fixedConstant) {
        return new ArimaEstimator(x, spec, fixedConstant);
    }

    /** Least-squares start value and scale of the mean or drift, on the differenced series. */
    private void initialiseRegression(double[] x) {
        double beta;
        double se;
        if (used > 1) {
            double c = regressionStep;
            double sum = 0;
            for (double v : dx) {
                sum += v;
            }
            beta = sum / (used * c);
            double rss = 0;
            for (double v : dx) {
                double e = v - beta * c;
                rss += e * e;
            }
            se = Math.sqrt(rss / (used - 1) / (used * c * c));
        } else {
            // regression on the undifferenced series (R falls back to this when the differenced one is too short)
            double sxx = 0;
            double sxy = 0;
            for (int t = 0; t < n; t++) {
                double reg = spec.hasDrift() ? t + 1 : 1.0;
                sxx += reg * reg;
                sxy += reg * x[t];
            }
            beta = sxy / sxx;
            double rss = 0;
            for (int t = 0; t < n; t++) {
                double e = x[t] - beta * (spec.hasDrift() ? t + 1 : 1.0);
                rss += e * e;
            }
            se = n > 1 ? Math.sqrt(rss / (n - 1) / sxx) : Double.NaN;
        }
        coef[narma] = beta;
        parscale[narma] = se > 0 && Double.isFinite(se) ? 10 * se : Math.max(1e-8, Math.abs(beta) * 1e-3 + 1e-8);
    }

    /**
     * Estimates the coefficients; the result has no standard errors yet (all NaN) and counts as having valid
     * variances until {@link #withCovariance} says otherwise.
     *
     * @param method the estimation method
     * @return the fit
     * @throws ModelFitException if the model cannot be estimated
     */
    ArimaFit estimate(EstimationMethod method) {
        fittedMethod = method;
        int nFree = 0;
        for (boolean f : free) {
            if (f) {
                nFree++;
            }
        }
        scale = new double[nFree];
        double[] start = new double[nFree];
        for (int i = 0, j = 0; i < coef.length; i++) {
            if (free[i]) {
                scale[j] = parscale[i];
                start[j++] = coef[i];
            }
        }
        if (method == EstimationMethod.CSS) {
            return runCss(start, nFree);
        }
        if (method == EstimationMethod.CSS_ML && nFree > 0) {
            // numerical gradient as R: the start values steer the exact fit, whose end point depends on them
            Bfgs css = new Bfgs(this::cssObjective, scale);
            Bfgs.Result r = css.minimize(start, MAX_ITERATIONS, REL_TOL);
            if (r.converged()) {
                start = r.par();
            }
            double[] full = merge(start);
            if (!ArmaPolynomials.isStationary(full, 0, spec.p())
                    || !ArmaPolynomials.isStationary(full, spec.p() + spec.q(), spec.bigP())) {
                throw new ModelFitException("non-stationary AR part from CSS");
            }
        }
        // Move the start to the unconstrained parametrisation.
        double[] init = merge(start);
        ArmaPolynomials.fromStationary(init, 0, spec.p(), init);
        ArmaPolynomials.fromStationary(init, spec.p() + spec.q(), spec.bigP(), init);
        ArmaPolynomials.invertMa(init, spec.p(), spec.q());
        ArmaPolynomials.invertMa(init, spec.p() + spec.q() + spec.bigP(), spec.bigQ());
        start = extract(init);

        Objective ml = this::mlObjectiveTransformed;
        double value;
        double[] raw;
        if (nFree > 0) {
            Bfgs.Result r = new Bfgs(ml, scale).minimize(start, MAX_ITERATIONS, REL_TOL);
            raw = merge(r.par());
            value = r.value();
            // reflect non-invertible MA roots of the optimum, then re-evaluate there
            double[] before = raw.clone();
            ArmaPolynomials.invertMa(raw, spec.p(), spec.q());
            ArmaPolynomials.invertMa(raw, spec.p() + spec.q() + spec.bigP(), spec.bigQ());
            if (!Arrays.equals(before, raw)) {
                value = ml.value(extract(raw));
            }
        } else {
            raw = merge(start);
            value = ml.value(start);
        }
        optimumRaw = raw;
        double[] estimates = raw.clone();
        ArmaPolynomials.toStationary(raw, 0, spec.p(), estimates);
        ArmaPolynomials.toStationary(raw, spec.p() + spec.q(), spec.bigP(), estimates);
        return finishMaximumLikelihood(method, estimates, value, nFree);
    }

    /**
     * Adds standard errors to a fit made by {@link #estimate} on this estimator: the numerical Hessian of the
     * objective at the optimum (on the unconstrained scale for exact likelihood fits, mapped through the
     * Jacobian of the reparametrisation), inverted.
     *
     * @param fit the fit
     * @return the fit with standard errors and the variance check
     * @throws ModelFitException if the Hessian is singular (R's {@code arima} fails then too)
     */
    ArimaFit withCovariance(ArimaFit fit) {
        double[] freeRaw = extract(optimumRaw);
        int m = freeRaw.length;
        double[][] cov;
        if (m == 0) {
            cov = new double[0][0];
        } else if (fittedMethod == EstimationMethod.CSS) {
            cov = HessianCovariance.inverse(new Bfgs(this::cssObjective, scale).hessian(freeRaw), used);
        } else {
            double[][] hessian = new Bfgs(this::mlObjectiveTransformed, scale).hessian(freeRaw);
            double[][] jac = ArmaPolynomials.transformJacobian(optimumRaw, spec.p(), spec.p() + spec.q(), spec.bigP());
            cov = HessianCovariance.transformed(hessian, jac, free, used);
        }
        double[] se = new double[fit.coefficients().length];
        Arrays.fill(se, Double.NaN);
        boolean valid = true;
        for (int i = 0, j = 0; i < se.length; i++) {
            if (free[i]) {
                double v = cov[j][j];
                if (!(v >= 0)) {
                    valid = false;
                } else {
                    se[i] = Math.sqrt(v);
                }
                j++;
            }
        }
        return new ArimaFit(fit.spec(), fit.method(), fit.coefficients(), fit.names(), fit.free(), se, valid,
                fit.sigma2(), fit.logLikelihood(), fit.aic(), fit.residuals(), fit.used(), fit.phi(),
                fit.theta());
    }

    private ArimaFit runCss(double[] start, int nFree) {
        double[] par = start;
        double value;
        if (nFree > 0) {
            // the approximate search's objective gets its exact gradient (R differences it numerically)
            Bfgs.Gradient exact = cssGradient();
            Bfgs.Result r = new Bfgs(this::cssObjective, exact, scale).minimize(start, MAX_ITERATIONS, REL_TOL);
            par = r.par();
            value = r.value();
        } else {
            value = cssObjective(start);
        }
        double[] estimates = merge(par);
        optimumRaw = estimates.clone();
        double s2 = Math.exp(2 * cssObjective(par));
        double[] phi = phi(estimates);
        double[] theta = theta(estimates);
        double[] residuals = new double[n];
        int lost = spec.lostToDifferencing();
        conditional.meanSquare(dx, shift(estimates), used, phi, theta);
        double[] cssResiduals = conditional.residuals();
        for (int t = cssConditioning; t < used; t++) {
            residuals[lost + t] = cssResiduals[t];
        }
        double fullValue = 2 * used * value + used + used * LOG_2PI;
        return build(EstimationMethod.CSS, estimates, s2, -0.5 * fullValue, Double.NaN, residuals, phi, theta);
    }

    private ArimaFit finishMaximumLikelihood(EstimationMethod method, double[] estimates, double value, int nFree) {
        double[] phi = phi(estimates);
        double[] theta = theta(estimates);
        if (!filter.setModel(phi, theta)) {
            throw new ModelFitException("non-stationary AR part at the optimum");
        }
        fillW(estimates);
        double[] std = new double[used];
        filter.run(w, 0, used, std);
        double sigma2 = filter.ssq() / used;
        double[] residuals = new double[n];
        int lost = spec.lostToDifferencing();
        Arrays.fill(residuals, 0, lost, Double.NaN);
        System.arraycopy(std, 0, residuals, lost, used);
        double fullValue = 2 * used * value + used + used * LOG_2PI;
        double aic = fullValue + 2 * nFree + 2;
        return build(method, estimates, sigma2, -0.5 * fullValue, aic, residuals, phi, theta);
    }

    private ArimaFit build(EstimationMethod method, double[] estimates, double sigma2, double loglik, double aic,
            double[] residuals, double[] phi, double[] theta) {
        double[] se = new double[estimates.length];
        Arrays.fill(se, Double.NaN);
        return new ArimaFit(spec, method, estimates, names(), free.clone(), se, true, sigma2, loglik, aic, residuals,
                used, phi, theta);
    }

    private String[] names() {
        String[] names = new String[coef.length];
        int k = 0;
        for (int i = 1; i <= spec.p(); i++) {
            names[k++] = "ar" + i;
        }
        for (int i = 1; i <= spec.q(); i++) {
            names[k++] = "ma" + i;
        }
        for (int i = 1; i <= spec.bigP(); i++) {
            names[k++] = "sar" + i;
        }
        for (int i = 1; i <= spec.bigQ(); i++) {
            names[k++] = "sma" + i;
        }
        if (hasRegression) {
            names[k] = spec.hasDrift() ? "drift" : "intercept";
        }
        return names;
    }

    private double[] merge(double[] freeValues) {
        double[] full = coef.clone();
        for (int i = 0, j = 0; i < full.length; i++) {
            if (free[i]) {
                full[i] = freeValues[j++];
            }
        }
        return full;
    }

    private double[] extract(double[] full) {
        int m = 0;
        for (boolean f : free) {
            if (f) {
                m++;
            }
        }
        double[] out = new double[m];
        for (int i = 0, j = 0; i < full.length; i++) {
            if (free[i]) {
                out[j++] = full[i];
            }
        }
        return out;
    }

    private double[] phi(double[] c) {
        return ArmaPolynomials.expandAr(c, 0, spec.p(), c, spec.p() + spec.q(), spec.bigP(), spec.period());
    }

    private double[] theta(double[] c) {
        return ArmaPolynomials.expandMa(c, spec.p(), spec.q(), c, spec.p() + spec.q() + spec.bigP(), spec.bigQ(),
                spec.period());
    }

    /** w = differenced series minus the differenced regression effect. */
    private void fillW(double[] c) {
        if (hasRegression) {
            double shift = c[narma] * regressionStep;
            for (int t = 0; t < used; t++) {
                w[t] = dx[t] - shift;
            }
        } else {
            System.arraycopy(dx, 0, w, 0, used);
        }
    }

    private double cssObjective(double[] freeValues) {
        double[] c = mergeIntoTrial(freeValues);
        double s2 = conditional.meanSquare(dx, shift(c), used, phiInto(c), thetaInto(c));
        return 0.5 * Math.log(s2);
    }

    /** The free values merged with the fixed ones, in the reused trial buffer (objectives only). */
    private double[] mergeIntoTrial(double[] freeValues) {
        System.arraycopy(coef, 0, trial, 0, coef.length);
        for (int i = 0, j = 0; i < trial.length; i++) {
            if (free[i]) {
                trial[i] = freeValues[j++];
            }
        }
        return trial;
    }

    private double[] phiInto(double[] c) {
        return ArmaPolynomials.expandAr(c, 0, spec.p(), c, spec.p() + spec.q(), spec.bigP(), spec.period(), phiBuffer);
    }

    private double[] thetaInto(double[] c) {
        return ArmaPolynomials.expandMa(c, spec.p(), spec.q(), c, spec.p() + spec.q() + spec.bigP(), spec.bigQ(),
                spec.period(), thetaBuffer);
    }

    /** The exact gradient of the CSS objective over the free coefficients. */
    private Bfgs.Gradient cssGradient() {
        CssGradient gradient = new CssGradient(spec, dx, used, regressionStep, free);
        double[] full = new double[coef.length];
        return (x, out) -> {
            System.arraycopy(coef, 0, full, 0, coef.length);
            for (int i = 0, j = 0; i < full.length; i++) {
                if (free[i]) {
                    full[i] = x[j++];
                }
            }
            gradient.gradient(full, phi(full), theta(full), out);
        };
    }

    /** The differenced mean or drift, subtracted from the differenced series. */
    private double shift(double[] c) {
        return hasRegression ? c[narma] * regressionStep : 0.0;
    }

    private double mlObjectiveTransformed(double[] freeValues) {
        double[] c = mergeIntoTrial(freeValues);
        ArmaPolynomials.toStationary(c, 0, spec.p(), c, work1, work2);
        ArmaPolynomials.toStationary(c, spec.p() + spec.q(), spec.bigP(), c, work1, work2);
        if (!filter.setModel(phiInto(c), thetaInto(c))) {
            return Double.MAX_VALUE;
        }
        filter.run(dx, shift(c), 0, used);
        double s2 = filter.ssq() / filter.count();
        return 0.5 * (Math.log(s2) + filter.sumLog() / filter.count());
    }
}
