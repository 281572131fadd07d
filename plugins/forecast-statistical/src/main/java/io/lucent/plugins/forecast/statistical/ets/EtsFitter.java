package io.lucent.plugins.forecast.statistical.ets;

import io.lucent.plugins.forecast.statistical.math.NelderMead;
import java.util.Optional;

/**
 * Fits one ETS model by maximum likelihood: starting values as R's {@code initparam()} and {@code initstate()},
 * then Nelder–Mead over the free smoothing parameters and the initial states together, with the usual bounds,
 * admissibility and (for multiplicative seasons) non-negative seasonal states enforced by rejecting infeasible
 * points, as R's {@code ets()} does.
 */
public final class EtsFitter {

    private static final double RELATIVE_TOLERANCE = 1.4901161193847656e-8;
    private static final int MAX_EVALUATIONS = 2000;

    private final EtsBounds bounds;

    /** A fitter with R's default bounds. */
    public EtsFitter() {
        this.bounds = EtsBounds.defaults();
    }

    /**
     * Fits a model.
     *
     * @param y          the data (finite; strictly positive for multiplicative models)
     * @param m          the seasonal period (used only by seasonal models)
     * @param spec       the model
     * @param fixed      fixed smoothing parameters (NaN = estimate)
     * @param checkpoint called regularly, to honour cancellation
     * @return the fit, or empty when the series is too short for the model or no feasible start exists
     */
    public Optional<EtsFit> fit(double[] y, int m, EtsSpec spec, EtsParameters fixed, Runnable checkpoint) {
        return attempt(y, m, spec, fixed, checkpoint).map(Attempt::withStandardErrors);
    }

    /**
     * A fitted model whose standard errors are not computed yet (they cost a finite-difference Hessian, which
     * automatic selection needs only for the model it keeps).
     *
     * @param fit       the fit, with NaN standard errors
     * @param objective the likelihood criterion the fit minimised
     * @param x         the optimum
     * @param free      the number of estimated smoothing parameters
     * @param estimated which of alpha, beta, gamma, phi were estimated
     */
    record Attempt(EtsFit fit, Objective objective, double[] x, int free, boolean[] estimated) {

        /**
         * The fit with its standard errors.
         *
         * @return the fit
         */
        EtsFit withStandardErrors() {
            double[] se = standardErrors(objective, x, free, estimated);
            return new EtsFit(fit.spec(), fit.period(), fit.parameters(), fit.estimated(), fit.initialState(),
                    fit.finalState(), fit.fitted(), fit.errors(), fit.criterion(), fit.parameterCount(),
                    fit.sigma2(), se);
        }
    }

    /**
     * Fits a model without computing standard errors.
     *
     * @param y          the data
     * @param m          the seasonal period
     * @param spec       the model
     * @param fixed      fixed smoothing parameters (NaN = estimate)
     * @param checkpoint called regularly
     * @return the attempt, or empty as {@link #fit}
     */
    Optional<Attempt> attempt(double[] y, int m, EtsSpec spec, EtsParameters fixed, Runnable checkpoint) {
        int period = spec.seasonal() ? m : 1;
        if (spec.seasonal() && (m < 2 || y.length < 4 || y.length <= m)) {
            return Optional.empty();
        }
        EtsBounds limits = bounds.narrowedFor(fixed);
        boolean[] estimated = {
            Double.isNaN(fixed.alpha()),
            spec.hasTrend() && Double.isNaN(fixed.beta()),
            spec.seasonal() && Double.isNaN(fixed.gamma()),
            spec.damped() && Double.isNaN(fixed.phi())
        };
        double[] start = startingParameters(spec, period, fixed, limits, estimated);
        double alpha0 = Double.isNaN(fixed.alpha()) ? start[0] : fixed.alpha();
        double[] p0 = current(spec, fixed, estimated, start);
        if (!limits.allows(spec, period, p0[0], p0[1], p0[2], p0[3], estimated)) {
            return Optional.empty();
        }
        if (!(alpha0 > 0)) {
            return Optional.empty();
        }
        double[] states = EtsInitialState.of(y, period, spec);
        int freeParams = countTrue(estimated);
        int dims = freeParams + states.length;
        if (dims >= y.length - 1) {
            return Optional.empty();
        }
        double[] x0 = new double[dims];
        System.arraycopy(start, 0, x0, 0, freeParams);
        System.arraycopy(states, 0, x0, freeParams, states.length);
        Objective objective = new Objective(y, period, spec, fixed, estimated, limits);
        if (!Double.isFinite(objective.applyAsDouble(x0))) {
            return Optional.empty();
        }
        NelderMead.Result best = NelderMead.minimize(objective, x0, RELATIVE_TOLERANCE, MAX_EVALUATIONS, checkpoint);
        double[] x = best.point();
        double[] p = current(spec, fixed, estimated, x);
        EtsState initial = objective.state(x);
        EtsFilter.Output out = EtsFilter.run(spec, y, p[0], p[1], p[2], p[3], initial.level(), initial.trend(),
                initial.season());
        if (!Double.isFinite(out.criterion())) {
            return Optional.empty();
        }
        int parameterCount = dims + 1;
        double sse = 0;
        for (double e : out.errors()) {
            sse += e * e;
        }
        // R divides by n minus the estimated parameters and states, sigma itself not counted
        double sigma2 = sse / (y.length - dims);
        EtsParameters parameters = new EtsParameters(p[0], spec.hasTrend() ? p[1] : 0, spec.seasonal() ? p[2] : 0,
                spec.damped() ? p[3] : 1);
        double criterion = Math.max(out.criterion(), -1e10);
        double[] notComputed = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        EtsFit fit = new EtsFit(spec, period, parameters, estimated, initial, out.finalState(), out.fitted(),
                out.errors(), criterion, parameterCount, sigma2, notComputed);
        return Optional.of(new Attempt(fit, objective, x, freeParams, estimated));
    }

    /** Relative step of the finite differences for the standard errors. */
    private static final double STEP = 1e-3;

    /**
     * Standard errors of the estimated smoothing parameters from a finite-difference Hessian of minus the
     * log-likelihood (half the criterion) in those parameters, the initial states held at their estimates.
     * All NaN when a neighbouring point is infeasible (an estimate on or near a bound) or the Hessian is not
     * positive definite.
     */
    private static double[] standardErrors(Objective objective, double[] x, int free, boolean[] estimated) {
        double[] out = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (free == 0) {
            return out;
        }
        double f0 = objective.applyAsDouble(x);
        double[] h = new double[free];
        for (int i = 0; i < free; i++) {
            h[i] = STEP * Math.max(Math.abs(x[i]), 1e-2);
        }
        double[][] hessian = new double[free][free];
        double[] p = x.clone();
        for (int i = 0; i < free; i++) {
            for (int j = i; j < free; j++) {
                double value;
                if (i == j) {
                    double plus = shifted(objective, p, i, h[i], j, 0);
                    double minus = shifted(objective, p, i, -h[i], j, 0);
                    value = (plus - 2 * f0 + minus) / (h[i] * h[i]);
                } else {
                    double pp = shifted(objective, p, i, h[i], j, h[j]);
                    double pm = shifted(objective, p, i, h[i], j, -h[j]);
                    double mp = shifted(objective, p, i, -h[i], j, h[j]);
                    double mm = shifted(objective, p, i, -h[i], j, -h[j]);
                    value = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
                }
                if (!Double.isFinite(value)) {
                    return out;
                }
                hessian[i][j] = value / 2;
                hessian[j][i] = value / 2;
            }
        }
        double[][] covariance;
        try {
            org.apache.commons.math3.linear.RealMatrix matrix =
                    new org.apache.commons.math3.linear.Array2DRowRealMatrix(hessian, false);
            covariance = new org.apache.commons.math3.linear.CholeskyDecomposition(matrix).getSolver()
                    .getInverse().getData();
        } catch (org.apache.commons.math3.exception.MathArithmeticException
                 | org.apache.commons.math3.exception.MathIllegalArgumentException e) {
            return out;
        }
        int k = 0;
        for (int slot = 0; slot < 4; slot++) {
            if (estimated[slot]) {
                out[slot] = Math.sqrt(covariance[k][k]);
                k++;
            }
        }
        return out;
    }

    private static double shifted(Objective objective, double[] p, int i, double di, int j, double dj) {
        double oldI = p[i];
        double oldJ = p[j];
        p[i] += di;
        p[j] += dj;
        double value = objective.applyAsDouble(p);
        p[i] = oldI;
        p[j] = oldJ;
        return value;
    }

    /** R's {@code initparam()}: alpha a fifth of the way up (divided by m), beta and gamma just above zero. */
    private static double[] startingParameters(EtsSpec spec, int m, EtsParameters fixed, EtsBounds limits,
                                               boolean[] estimated) {
        double[] lo = limits.lower();
        double[] up = limits.upper().clone();
        double[] out = new double[4];
        int k = 0;
        double alpha = fixed.alpha();
        if (estimated[0]) {
            alpha = lo[0] + 0.2 * (up[0] - lo[0]) / m;
            if (alpha > 1 || alpha < 0) {
                alpha = lo[0] + 2e-3;
            }
            out[k++] = alpha;
        }
        if (estimated[1]) {
            up[1] = Math.min(up[1], alpha);
            double beta = lo[1] + 0.1 * (up[1] - lo[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
            out[k++] = beta;
        }
        if (estimated[2]) {
            up[2] = Math.min(up[2], 1 - alpha);
            double gamma = lo[2] + 0.05 * (up[2] - lo[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
            out[k++] = gamma;
        }
        if (estimated[3]) {
            double phi = lo[3] + 0.99 * (up[3] - lo[3]);
            if (phi < 0 || phi > 1) {
                phi = up[3] - 1e-3;
            }
            out[k++] = phi;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** alpha, beta, gamma, phi from the optimisation vector and the fixed values. */
    private static double[] current(EtsSpec spec, EtsParameters fixed, boolean[] estimated, double[] x) {
        int k = 0;
        double alpha = estimated[0] ? x[k++] : fixed.alpha();
        double beta = spec.hasTrend() ? (estimated[1] ? x[k++] : fixed.beta()) : 0;
        double gamma = spec.seasonal() ? (estimated[2] ? x[k++] : fixed.gamma()) : 0;
        double phi = spec.damped() ? (estimated[3] ? x[k++] : fixed.phi()) : 1;
        return new double[] {alpha, beta, gamma, phi};
    }

    private static int countTrue(boolean[] flags) {
        int c = 0;
        for (boolean f : flags) {
            if (f) {
                c++;
            }
        }
        return c;
    }

    /** The objective over (free parameters, level, trend, m-1 seasonal states). */
    private static final class Objective implements java.util.function.ToDoubleFunction<double[]> {
        private final double[] y;
        private final int m;
        private final EtsSpec spec;
        private final EtsParameters fixed;
        private final boolean[] estimated;
        private final EtsBounds limits;
        private final int freeParams;
        private final double[] season;
        private final double[] work;

        Objective(double[] y, int m, EtsSpec spec, EtsParameters fixed, boolean[] estimated, EtsBounds limits) {
            this.y = y;
            this.m = m;
            this.spec = spec;
            this.fixed = fixed;
            this.estimated = estimated;
            this.limits = limits;
            this.freeParams = countTrue(estimated);
            this.season = new double[spec.seasonal() ? m : 0];
            this.work = new double[2 * (m + 2)];
        }

        @Override
        public double applyAsDouble(double[] x) {
            int k = 0;
            double alpha = estimated[0] ? x[k++] : fixed.alpha();
            double beta = spec.hasTrend() ? (estimated[1] ? x[k++] : fixed.beta()) : 0;
            double gamma = spec.seasonal() ? (estimated[2] ? x[k++] : fixed.gamma()) : 0;
            double phi = spec.damped() ? (estimated[3] ? x[k++] : fixed.phi()) : 1;
            if (!limits.allows(spec, m, alpha, beta, gamma, phi, estimated, work)) {
                return Double.POSITIVE_INFINITY;
            }
            double level = x[k++];
            double trend = spec.hasTrend() ? x[k++] : 0;
            fillSeason(x, k, season);
            if (spec.season() == EtsSpec.Season.MULTIPLICATIVE) {
                for (double s : season) {
                    if (s < 0) {
                        return Double.POSITIVE_INFINITY;
                    }
                }
            }
            double lik = EtsFilter.criterion(spec, y, alpha, beta, gamma, phi, level, trend, season);
            if (Double.isNaN(lik)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(lik, -1e10);
        }

        /** Seasonal states next-used first from R's order s0..s(m-2) plus the normalising last one. */
        private void fillSeason(double[] x, int offset, double[] target) {
            if (target.length == 0) {
                return;
            }
            double sum = 0;
            for (int j = 0; j < m - 1; j++) {
                double s = x[offset + j];
                target[m - 1 - j] = s;
                sum += s;
            }
            target[0] = (spec.season() == EtsSpec.Season.MULTIPLICATIVE ? m : 0) - sum;
        }

        EtsState state(double[] x) {
            int k = freeParams;
            double level = x[k++];
            double trend = spec.hasTrend() ? x[k++] : 0;
            double[] s = new double[spec.seasonal() ? m : 0];
            fillSeason(x, k, s);
            return new EtsState(level, trend, s);
        }
    }
}
