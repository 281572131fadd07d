package io.lucent.plugins.forecast.statistical.arima;

import java.util.List;

/**
 * Automatic ARIMA modelling after Hyndman and Khandakar (2008), reproducing R's {@code forecast::auto.arima}
 * with its default (stepwise) settings, and fitting of user-given orders.
 *
 * <p>Steps: missing values are interpolated and the series is cut to its recent history (see
 * {@link AutoArimaOptions#capFor}); a constant series gets a mean model; the seasonal difference is chosen by
 * the STL seasonal-strength heuristic (or the OCSB test) and ordinary differences by KPSS tests; if the differenced series is
 * constant, a fixed deterministic model is returned; otherwise the stepwise search runs over (p,q)(P,Q) and
 * the constant, with CSS estimates and an approximate AICc on long or high-frequency series, whose best
 * models are then refitted by exact maximum likelihood until one is acceptable. Should every model fail, a
 * simpler model is used and the reason recorded.
 *
 * <p>Thread-safe and stateless apart from its options; deterministic.
 */
public final class AutoArima {

    private static final Runnable NO_CHECKPOINT = () -> { };

    private final AutoArimaOptions options;

    /**
     * Creates the fitter.
     *
     * @param options the search options
     */
    public AutoArima(AutoArimaOptions options) {
        this.options = options;
    }

    /** @return a fitter with R's default options */
    public static AutoArima withDefaults() {
        return new AutoArima(AutoArimaOptions.defaults());
    }

    /**
     * Chooses and fits a model.
     *
     * @param y      the series, oldest first; NaN marks a missing value
     * @param period the seasonal period, 1 for none
     * @return the fitted model
     * @throws IllegalArgumentException if the series has no observed value
     */
    public ArimaModel fit(double[] y, int period) {
        return fit(y, period, NO_CHECKPOINT);
    }

    /**
     * Chooses and fits a model, calling {@code checkpoint} before each candidate fit (it may throw to cancel).
     *
     * @param y          the series, oldest first; NaN marks a missing value
     * @param period     the seasonal period, 1 for none
     * @param checkpoint called regularly; throws to abort
     * @return the fitted model
     */
    public ArimaModel fit(double[] y, int period, Runnable checkpoint) {
        int m = Math.max(1, period);
        PreparedSeries prepared = PreparedSeries.of(y, options.capFor(m));
        Runnable guarded = () -> {
            try {
                checkpoint.run();
            } catch (RuntimeException e) {
                throw new Aborted(e);
            }
        };
        try {
            return search(prepared, m, guarded);
        } catch (Aborted e) {
            throw e.cause;
        } catch (RuntimeException e) {
            // a numerical failure outside the candidate fits (which absorb their own): never fail a valid series
            return fallback(prepared, m, "the automatic ARIMA search failed (" + e.getMessage() + ")");
        }
    }

    /** Carries an exception thrown by the caller's checkpoint through the search untouched. */
    private static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final RuntimeException cause;

        Aborted(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private ArimaModel search(PreparedSeries prepared, int m, Runnable checkpoint) {
        double[] x = prepared.values();
        int n = x.length;
        if (DifferencingSelector.isConstant(x)) {
            return fixedModel(prepared, new ArimaSpec(0, 0, 0, 0, 0, 0, 1, true), mean(x), null);
        }
        int maxP = Math.min(options.maxP(), n / 3);
        int maxQ = Math.min(options.maxQ(), n / 3);
        int maxBigP = Math.min(options.maxSeasonalP(), (int) Math.floor(n / 3.0 / m));
        int maxBigQ = Math.min(options.maxSeasonalQ(), (int) Math.floor(n / 3.0 / m));
        InformationCriterion criterion = n <= 3 ? InformationCriterion.AIC : options.criterion();
        int bigD;
        if (m == 1) {
            bigD = 0;
            maxBigP = 0;
            maxBigQ = 0;
        } else if (n <= 2 * m || options.maxSeasonalD() == 0) {
            bigD = 0;
        } else {
            bigD = DifferencingSelector.seasonalDifferences(x, m, options.seasonalTest());
        }
        double[] dx = bigD > 0 ? Differencing.diff(x, m, bigD) : x;
        int d = DifferencingSelector.differences(dx, options.maxD());
        if (d > 0) {
            dx = Differencing.diff(dx, 1, d);
        }
        if (dx.length == 0) {
            return fallback(prepared, m, "too few observations for the chosen differencing");
        }
        if (DifferencingSelector.isConstant(dx)) {
            return deterministicModel(prepared, d, bigD, m, dx);
        }
        if (m > 1) {
            if (maxBigP > 0) {
                maxP = Math.min(maxP, m - 1);
            }
            if (maxBigQ > 0) {
                maxQ = Math.min(maxQ, m - 1);
            }
        }
        boolean approximation = options.approximation() != null ? options.approximation() : (n > 150 || m > 12);
        double offset = approximation ? likelihoodOffset(x, d, bigD, m) : 0;
        boolean allowDrift = options.allowDrift() && d + bigD == 1;
        boolean allowMean = options.allowMean() && d + bigD == 0;
        boolean constant = allowDrift || allowMean;
        int startP = 2;
        int startQ = 2;
        int startBigP = 1;
        int startBigQ = 1;
        if (n < 10) {
            startP = 1;
            startQ = 1;
            startBigP = 0;
            startBigQ = 0;
        }
        CandidateEvaluator evaluator = new CandidateEvaluator(x, criterion, offset);
        EstimationMethod method = approximation ? EstimationMethod.CSS : EstimationMethod.CSS_ML;
        StepwiseSearch.Bounds bounds = new StepwiseSearch.Bounds(maxP, maxQ, maxBigP, maxBigQ, startP, startQ,
                startBigP, startBigQ, allowDrift || allowMean);
        Candidate best;
        if (options.stepwise()) {
            StepwiseSearch search = new StepwiseSearch(evaluator, method, checkpoint);
            best = search.run(d, bigD, m, constant, bounds);
            if (approximation && best.fit() != null) {
                Candidate refitted = refitExactly(search.tried(), evaluator, checkpoint);
                if (refitted == null) {
                    return fallback(prepared, m, "no model of the search could be fitted by maximum likelihood");
                }
                best = refitted;
            }
        } else {
            ExhaustiveSearch search = new ExhaustiveSearch(evaluator, method, checkpoint);
            best = search.run(d, bigD, m, bounds, options.maxOrder(), constant);
            if (best == null) {
                return fallback(prepared, m, "no ARIMA model of the exhaustive search could be fitted");
            }
            if (approximation) {
                Candidate refitted = refitExactly(search.tried(), evaluator, checkpoint);
                if (refitted == null) {
                    return fallback(prepared, m, "no model of the search could be fitted by maximum likelihood");
                }
                best = refitted;
            }
        }
        if (!best.usable()) {
            return fallback(prepared, m, "no ARIMA model of the stepwise search could be fitted");
        }
        return new ArimaModel(prepared, best, null);
    }

    /**
     * Fits a model with given orders by CSS-ML (exact likelihood from CSS start values), as R's {@code Arima}.
     * If the model cannot be estimated, a simpler one is used and the reason recorded.
     *
     * @param y    the series, NaN for missing values
     * @param spec the orders and constant
     * @return the fitted model
     */
    public ArimaModel fitOrders(double[] y, ArimaSpec spec) {
        PreparedSeries prepared = PreparedSeries.of(y, options.capFor(spec.period()));
        double[] x = prepared.values();
        if (x.length - spec.lostToDifferencing() < 1 + spec.armaCount()) {
            return fallback(prepared, spec.period(), "the series is too short for " + spec);
        }
        CandidateEvaluator evaluator = new CandidateEvaluator(x, InformationCriterion.AICC, 0);
        Candidate c = evaluator.evaluate(spec, EstimationMethod.CSS_ML);
        if (c.fit() == null) {
            c = evaluator.evaluate(spec, EstimationMethod.ML);
        }
        if (c.fit() == null) {
            return fallback(prepared, spec.period(), spec + " could not be estimated");
        }
        return new ArimaModel(prepared, c, null);
    }

    /**
     * Refits the models of an approximate search by exact likelihood in R's order (best approximate criterion
     * first, models rejected by the approximation last in the order they were tried) and returns the first
     * acceptable one. Provisional candidates get their variance check just before their turn.
     */
    private static Candidate refitExactly(List<Candidate> tried, CandidateEvaluator evaluator, Runnable checkpoint) {
        Integer[] order = new Integer[tried.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> tried.get(i).ic()));
        boolean[] rejected = new boolean[tried.size()];
        for (int idx : order) {
            Candidate c = tried.get(idx);
            if (c.ic() == Double.POSITIVE_INFINITY) {
                rejected[idx] = true;
                continue;
            }
            if (evaluator.complete(c).ic() == Double.POSITIVE_INFINITY) {
                rejected[idx] = true;
                continue;
            }
            checkpoint.run();
            Candidate r = evaluator.evaluate(c.spec(), EstimationMethod.CSS_ML);
            if (r.ic() < Double.POSITIVE_INFINITY) {
                return r;
            }
        }
        for (int idx = 0; idx < rejected.length; idx++) {
            if (rejected[idx]) {
                checkpoint.run();
                Candidate r = evaluator.evaluate(tried.get(idx).spec(), EstimationMethod.CSS_ML);
                if (r.ic() < Double.POSITIVE_INFINITY) {
                    return r;
                }
            }
        }
        return null;
    }

    /** R's offset turning CSS variances into approximate AIC values: from ARIMA(0,d,0)(0,D,0) fitted by ML. */
    private static double likelihoodOffset(double[] x, int d, int bigD, int m) {
        ArimaSpec spec = new ArimaSpec(0, d, 0, 0, bigD, 0, bigD > 0 ? m : 1, d + bigD == 0);
        try {
            ArimaFit fit = ArimaEstimator.fit(x, spec, EstimationMethod.CSS_ML, Double.NaN);
            double v = -2 * fit.logLikelihood() - x.length * Math.log(fit.sigma2());
            return Double.isFinite(v) ? v : 0;
        } catch (ModelFitException e) {
            return 0;
        }
    }

    /** The models R fits when the differenced series is constant (a deterministic trend or seasonal pattern). */
    private ArimaModel deterministicModel(PreparedSeries prepared, int d, int bigD, int m, double[] dx) {
        int period = bigD > 0 ? m : 1;
        if (bigD > 0 && d == 0) {
            return fixedModel(prepared, new ArimaSpec(0, 0, 0, 0, bigD, 0, period, true), mean(dx) / m, null);
        }
        if (d + bigD >= 2) {
            return fixedModel(prepared, new ArimaSpec(0, d, 0, 0, bigD, 0, period, false), Double.NaN, null);
        }
        return fixedModel(prepared, new ArimaSpec(0, d, 0, 0, 0, 0, 1, true), mean(dx), null);
    }

    private static ArimaModel fixedModel(PreparedSeries prepared, ArimaSpec spec, double constant, String reason) {
        double[] x = prepared.values();
        ArimaFit fit = ArimaEstimator.fit(x, spec, EstimationMethod.CSS_ML, constant);
        Candidate c = new CandidateEvaluator(x, InformationCriterion.AICC, 0).score(fit);
        return new ArimaModel(prepared, c, reason);
    }

    /**
     * A simple model when the requested one cannot be fitted: a random walk (with drift when the data allow),
     * or the mean when the series is too short to difference.
     */
    private static ArimaModel fallback(PreparedSeries prepared, int m, String reason) {
        double[] x = prepared.values();
        List<ArimaSpec> specs = List.of(ArimaSpec.of(0, 1, 0, true), ArimaSpec.of(0, 1, 0, false),
                ArimaSpec.of(0, 0, 0, true));
        for (ArimaSpec spec : specs) {
            if (x.length - spec.lostToDifferencing() < 2 && spec.differences() > 0) {
                continue;
            }
            try {
                ArimaFit fit = ArimaEstimator.fit(x, spec, EstimationMethod.CSS_ML, Double.NaN);
                Candidate c = new CandidateEvaluator(x, InformationCriterion.AICC, 0).score(fit);
                return new ArimaModel(prepared, c, reason + "; used " + spec);
            } catch (ModelFitException e) {
                // try the next, simpler model
            }
        }
        return fixedModel(prepared, ArimaSpec.of(0, 0, 0, true), mean(x), reason + "; used the mean");
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
