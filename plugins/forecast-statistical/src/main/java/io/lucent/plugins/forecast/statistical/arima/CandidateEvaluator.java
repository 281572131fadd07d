package io.lucent.plugins.forecast.statistical.arima;

/**
 * Fits and scores candidate models for the search, following R's {@code forecast:::myarima}: CSS fits get an
 * approximate AIC from their residual variance and a likelihood offset; AICc and BIC count the innovation
 * variance as a parameter; models whose AR or MA polynomial has a root of modulus below 1.01, or whose
 * coefficient variances are not all non-negative, are rejected.
 */
final class CandidateEvaluator {

    private static final double MIN_ROOT = 1.01;

    private final double[] x;
    private final InformationCriterion criterion;
    private final double offset;

    /**
     * Creates an evaluator.
     *
     * @param x         the series
     * @param criterion the ranking criterion
     * @param offset    the offset added to CSS-based AIC values (0 for exact likelihood fits)
     */
    CandidateEvaluator(double[] x, InformationCriterion criterion, double offset) {
        this.x = x;
        this.criterion = criterion;
        this.offset = offset;
    }

    /**
     * Fits and scores one model.
     *
     * @param spec   the orders
     * @param method CSS during an approximate search, CSS-ML otherwise
     * @return the candidate, with infinite criterion if it failed or was rejected
     */
    Candidate evaluate(ArimaSpec spec, EstimationMethod method) {
        return complete(evaluateProvisionally(spec, method));
    }

    /**
     * Fits and scores one model without the numerical Hessian: the variance check is left to
     * {@link #complete}, which the search calls only for models that would improve on the best so far (for
     * the others the check cannot change the outcome).
     *
     * @param spec   the orders
     * @param method the estimation method
     * @return the provisional candidate
     */
    Candidate evaluateProvisionally(ArimaSpec spec, EstimationMethod method) {
        try {
            ArimaEstimator estimator = ArimaEstimator.of(x, spec, Double.NaN);
            ArimaFit fit = estimator.estimate(method);
            Candidate c = score(fit);
            return new Candidate(c.spec(), c.fit(), c.ic(), c.aic(), c.aicc(), c.bic(), c.sigma2(), estimator);
        } catch (RuntimeException e) {
            // ModelFitException, or a numerical library failure (for example a non-converging eigen
            // decomposition): the model is unusable
            return Candidate.failed(spec);
        }
    }

    /**
     * Adds standard errors to a provisional candidate and applies the variance check.
     *
     * @param c the candidate
     * @return the completed candidate (unchanged if it was complete or failed)
     */
    Candidate complete(Candidate c) {
        if (!c.provisional()) {
            return c;
        }
        try {
            return score(c.estimator().withCovariance(c.fit()));
        } catch (RuntimeException e) {
            return Candidate.failed(c.spec());
        }
    }

    /**
     * Scores an existing fit.
     *
     * @param fit the fit
     * @return the candidate
     */
    Candidate score(ArimaFit fit) {
        ArimaSpec spec = fit.spec();
        int nstar = x.length - spec.lostToDifferencing();
        int npar = fit.estimatedCount() + 1;
        double aic = fit.method() == EstimationMethod.CSS
                ? offset + nstar * Math.log(fit.sigma2()) + 2 * npar
                : fit.aic();
        double bic;
        double aicc;
        double ic;
        if (Double.isNaN(aic)) {
            aic = Double.POSITIVE_INFINITY;
            bic = Double.POSITIVE_INFINITY;
            aicc = Double.POSITIVE_INFINITY;
            ic = Double.POSITIVE_INFINITY;
        } else {
            bic = aic + npar * (Math.log(nstar) - 2);
            aicc = aic + 2.0 * npar * (npar + 1) / (nstar - npar - 1);
            ic = switch (criterion) {
                case AIC -> aic;
                case BIC -> bic;
                case AICC -> aicc;
            };
            if (Double.isNaN(ic)) {
                ic = Double.POSITIVE_INFINITY;
            }
        }
        double ss = 0;
        for (double e : fit.residuals()) {
            if (!Double.isNaN(e)) {
                ss += e * e;
            }
        }
        double sigma2 = ss / (nstar - npar + 1);
        if (!ArmaPolynomials.rootsOutside(fit.phi(), MIN_ROOT)) {
            ic = Double.POSITIVE_INFINITY;
        }
        if (ic < Double.POSITIVE_INFINITY) {
            double[] negTheta = fit.theta().clone();
            for (int i = 0; i < negTheta.length; i++) {
                negTheta[i] = -negTheta[i];
            }
            if (!ArmaPolynomials.rootsOutside(negTheta, MIN_ROOT)) {
                ic = Double.POSITIVE_INFINITY;
            }
        }
        if (!fit.varianceValid()) {
            ic = Double.POSITIVE_INFINITY;
        }
        return new Candidate(spec, fit, ic, aic, aicc, bic, sigma2, null);
    }
}
