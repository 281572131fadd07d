package io.lucent.plugins.forecast.statistical.arima;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hyndman-Khandakar stepwise search over (p, q)(P, Q) and the constant for fixed differencing orders, with
 * R's start models (the (2,2)(1,1) model, the null model, a first-order AR and a first-order MA model, the
 * null model without constant) and R's neighbourhood, visited in R's order with a move as soon as a neighbour
 * improves the criterion, until no neighbour improves it or 94 models were tried.
 */
final class StepwiseSearch {

    private static final int MAX_MODELS = 94;

    private final CandidateEvaluator evaluator;
    private final EstimationMethod method;
    private final Runnable checkpoint;
    private final List<Candidate> tried = new ArrayList<>();

    StepwiseSearch(CandidateEvaluator evaluator, EstimationMethod method, Runnable checkpoint) {
        this.evaluator = evaluator;
        this.method = method;
        this.checkpoint = checkpoint;
    }

    /** The bounds of the search. */
    record Bounds(int maxP, int maxQ, int maxBigP, int maxBigQ, int startP, int startQ, int startBigP,
            int startBigQ, boolean allowConstantSwitch) {
    }

    /**
     * Runs the search.
     *
     * @param d        ordinary differences
     * @param bigD     seasonal differences
     * @param period   the seasonal period (1 for none)
     * @param constant whether the start models have a constant
     * @param b        the bounds
     * @return the best candidate (possibly unusable if every model failed)
     */
    Candidate run(int d, int bigD, int period, boolean constant, Bounds b) {
        int p = Math.min(b.startP(), b.maxP());
        int q = Math.min(b.startQ(), b.maxQ());
        int bigP = Math.min(b.startBigP(), b.maxBigP());
        int bigQ = Math.min(b.startBigQ(), b.maxBigQ());
        boolean c = constant;
        Candidate best = fit(spec(p, d, q, bigP, bigD, bigQ, period, c), Double.POSITIVE_INFINITY);
        Candidate f = fit(spec(0, d, 0, 0, bigD, 0, period, c), best.ic());
        if (f.ic() < best.ic()) {
            best = f;
            p = 0;
            q = 0;
            bigP = 0;
            bigQ = 0;
        }
        if (b.maxP() > 0 || b.maxBigP() > 0) {
            int np = b.maxP() > 0 ? 1 : 0;
            int nP = period > 1 && b.maxBigP() > 0 ? 1 : 0;
            f = fit(spec(np, d, 0, nP, bigD, 0, period, c), best.ic());
            if (f.ic() < best.ic()) {
                best = f;
                p = np;
                bigP = nP;
                q = 0;
                bigQ = 0;
            }
        }
        if (b.maxQ() > 0 || b.maxBigQ() > 0) {
            int nq = b.maxQ() > 0 ? 1 : 0;
            int nQ = period > 1 && b.maxBigQ() > 0 ? 1 : 0;
            f = fit(spec(0, d, nq, 0, bigD, nQ, period, c), best.ic());
            if (f.ic() < best.ic()) {
                best = f;
                p = 0;
                bigP = 0;
                q = nq;
                bigQ = nQ;
            }
        }
        if (c) {
            f = fit(spec(0, d, 0, 0, bigD, 0, period, false), best.ic());
            if (f.ic() < best.ic()) {
                best = f;
                p = 0;
                q = 0;
                bigP = 0;
                bigQ = 0;
            }
        }
        int startCount = 0;
        // neighbour moves in R's order: (dp, dq, dP, dQ)
        int[][] moves = {
            {0, 0, -1, 0}, {0, 0, 0, -1}, {0, 0, 1, 0}, {0, 0, 0, 1},
            {0, 0, -1, -1}, {0, 0, -1, 1}, {0, 0, 1, -1}, {0, 0, 1, 1},
            {-1, 0, 0, 0}, {0, -1, 0, 0}, {1, 0, 0, 0}, {0, 1, 0, 0},
            {-1, -1, 0, 0}, {-1, 1, 0, 0}, {1, -1, 0, 0}, {1, 1, 0, 0},
        };
        while (startCount < tried.size() && tried.size() < MAX_MODELS) {
            startCount = tried.size();
            boolean moved = false;
            for (int[] mv : moves) {
                int np = p + mv[0];
                int nq = q + mv[1];
                int nP = bigP + mv[2];
                int nQ = bigQ + mv[3];
                if (np < 0 || nq < 0 || nP < 0 || nQ < 0 || np > b.maxP() || nq > b.maxQ() || nP > b.maxBigP()
                        || nQ > b.maxBigQ()) {
                    continue;
                }
                ArimaSpec s = spec(np, d, nq, nP, bigD, nQ, period, c);
                if (seen(s)) {
                    continue;
                }
                if (tried.size() >= MAX_MODELS) {
                    break;
                }
                f = fit(s, best.ic());
                if (f.ic() < best.ic()) {
                    best = f;
                    p = np;
                    q = nq;
                    bigP = nP;
                    bigQ = nQ;
                    moved = true;
                    break;
                }
            }
            if (moved) {
                continue;
            }
            if (b.allowConstantSwitch() && tried.size() < MAX_MODELS) {
                ArimaSpec s = spec(p, d, q, bigP, bigD, bigQ, period, !c);
                if (!seen(s)) {
                    f = fit(s, best.ic());
                    if (f.ic() < best.ic()) {
                        best = f;
                        c = !c;
                    }
                }
            }
        }
        return best;
    }

    /**
     * The candidates tried so far, in the order they were tried. Those that never looked like an improvement
     * are still provisional (see {@link CandidateEvaluator#complete}).
     *
     * @return the candidates
     */
    List<Candidate> tried() {
        return List.copyOf(tried);
    }

    private boolean seen(ArimaSpec s) {
        for (Candidate t : tried) {
            if (t.spec().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static ArimaSpec spec(int p, int d, int q, int bigP, int bigD, int bigQ, int period, boolean c) {
        boolean seasonal = bigP + bigD + bigQ > 0;
        return new ArimaSpec(p, d, q, bigP, bigD, bigQ, seasonal ? period : 1, c);
    }

    /**
     * Fits a candidate; its variance check (which needs the costly numerical Hessian) is only done when the
     * candidate would beat the best so far: for the others it cannot change the course of the search.
     */
    private Candidate fit(ArimaSpec s, double bestIc) {
        checkpoint.run();
        Candidate cand = evaluator.evaluateProvisionally(s, method);
        if (cand.ic() < bestIc) {
            cand = evaluator.complete(cand);
        }
        tried.add(cand);
        return cand;
    }
}
