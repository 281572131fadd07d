package io.lucent.plugins.forecast.statistical.arima;

import java.util.ArrayList;
import java.util.List;

/**
 * R's non-stepwise search ({@code auto.arima(stepwise = FALSE)}): every (p, q)(P, Q) within the bounds with
 * {@code p + q + P + Q <= maxOrder}, each with and without the constant where one is allowed; the best by the
 * criterion wins. The variance check is done only for models that would become the best. After an
 * approximate search the caller refits the models by exact likelihood in order of the criterion until one
 * succeeds (R refits only the best and otherwise keeps its approximate estimates).
 */
final class ExhaustiveSearch {

    private final CandidateEvaluator evaluator;
    private final EstimationMethod method;
    private final Runnable checkpoint;
    private final List<Candidate> tried = new ArrayList<>();

    ExhaustiveSearch(CandidateEvaluator evaluator, EstimationMethod method, Runnable checkpoint) {
        this.evaluator = evaluator;
        this.method = method;
        this.checkpoint = checkpoint;
    }

    /**
     * Runs the search.
     *
     * @param d              ordinary differences
     * @param bigD           seasonal differences
     * @param period         the seasonal period
     * @param bounds         the largest orders
     * @param maxOrder       the largest {@code p + q + P + Q}
     * @param constantAllowed whether models with a constant are tried too
     * @return the best candidate, unusable if none could be fitted
     */
    Candidate run(int d, int bigD, int period, StepwiseSearch.Bounds bounds, int maxOrder, boolean constantAllowed) {
        Candidate best = null;
        for (int p = 0; p <= bounds.maxP(); p++) {
            for (int q = 0; q <= bounds.maxQ(); q++) {
                for (int bigP = 0; bigP <= bounds.maxBigP(); bigP++) {
                    for (int bigQ = 0; bigQ <= bounds.maxBigQ(); bigQ++) {
                        if (p + q + bigP + bigQ > maxOrder) {
                            continue;
                        }
                        for (int k = 0; k <= (constantAllowed ? 1 : 0); k++) {
                            boolean seasonal = bigP + bigD + bigQ > 0;
                            ArimaSpec spec = new ArimaSpec(p, d, q, bigP, bigD, bigQ, seasonal ? period : 1, k == 1);
                            checkpoint.run();
                            Candidate c = evaluator.evaluateProvisionally(spec, method);
                            double bestIc = best == null ? Double.POSITIVE_INFINITY : best.ic();
                            if (c.ic() < bestIc) {
                                c = evaluator.complete(c);
                                if (c.ic() < bestIc) {
                                    best = c;
                                }
                            }
                            tried.add(c);
                        }
                    }
                }
            }
        }
        return best;
    }

    /**
     * The candidates tried, in the order they were tried.
     *
     * @return the candidates
     */
    List<Candidate> tried() {
        return List.copyOf(tried);
    }
}
