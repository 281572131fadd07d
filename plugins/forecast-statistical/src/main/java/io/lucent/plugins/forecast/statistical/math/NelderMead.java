package io.lucent.plugins.forecast.statistical.math;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex minimiser in the variant of Nash's "Compact numerical methods" (the one behind R's
 * {@code optim(method = "Nelder-Mead")} and the ETS fitter of R's forecast package): initial simplex steps of
 * 10% of the largest start coordinate, reflection 1, contraction 0.5, expansion 2, and convergence when the
 * spread of the simplex values is below a tolerance relative to the starting value.
 *
 * <p>Constraints are handled by the objective returning {@code +Infinity} (or any non-finite value) outside
 * the feasible region; such values count as a very large number.
 */
public final class NelderMead {

    private static final double BIG = 1.0e35;
    private static final double REFLECT = 1.0;
    private static final double CONTRACT = 0.5;
    private static final double EXPAND = 2.0;

    private NelderMead() {
    }

    /**
     * The result of a minimisation.
     *
     * @param point       the best point found
     * @param value       the objective there
     * @param evaluations how many times the objective was evaluated
     */
    public record Result(double[] point, double value, int evaluations) {
    }

    /**
     * Minimises a function.
     *
     * @param f              the objective; must not keep the array it is given
     * @param start          the starting point; its value must be finite
     * @param relativeTol    the relative convergence tolerance, for example sqrt(machine epsilon)
     * @param maxEvaluations the evaluation budget
     * @param checkpoint     called every few iterations, for example to honour cancellation
     * @return the best point
     */
    public static Result minimize(ToDoubleFunction<double[]> f, double[] start, double relativeTol,
                                  int maxEvaluations, Runnable checkpoint) {
        int n = start.length;
        double fStart = eval(f, start);
        if (n == 0) {
            return new Result(start.clone(), fStart, 1);
        }
        int vertices = n + 1;
        double[][] p = new double[vertices][];
        double[] values = new double[vertices];
        double size = 0;
        for (double v : start) {
            size = Math.max(size, 0.1 * Math.abs(v));
        }
        if (size == 0) {
            size = 0.1;
        }
        p[0] = start.clone();
        values[0] = fStart;
        int evaluations = 1;
        for (int j = 1; j < vertices; j++) {
            p[j] = start.clone();
            p[j][j - 1] += size;
            values[j] = eval(f, p[j]);
            evaluations++;
        }
        double tolerance = relativeTol * (Math.abs(fStart) + relativeTol);
        double oldSize = size * n;
        double[] centroid = new double[n];
        double[] trial = new double[n];
        double[] trial2 = new double[n];
        int iteration = 0;
        while (evaluations <= maxEvaluations) {
            if ((++iteration & 63) == 0) {
                checkpoint.run();
            }
            int low = 0;
            int high = 0;
            for (int j = 1; j < vertices; j++) {
                if (values[j] < values[low]) {
                    low = j;
                }
                if (values[j] > values[high]) {
                    high = j;
                }
            }
            double vLow = values[low];
            double vHigh = values[high];
            if (vHigh <= vLow + tolerance) {
                break;
            }
            java.util.Arrays.fill(centroid, 0);
            for (int j = 0; j < vertices; j++) {
                if (j != high) {
                    double[] pj = p[j];
                    for (int i = 0; i < n; i++) {
                        centroid[i] += pj[i];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                centroid[i] /= n;
                trial[i] = (1 + REFLECT) * centroid[i] - REFLECT * p[high][i];
            }
            double vReflect = eval(f, trial);
            evaluations++;
            if (vReflect < vLow) {
                for (int i = 0; i < n; i++) {
                    trial2[i] = EXPAND * trial[i] + (1 - EXPAND) * centroid[i];
                }
                double vExpand = eval(f, trial2);
                evaluations++;
                if (vExpand < vReflect) {
                    System.arraycopy(trial2, 0, p[high], 0, n);
                    values[high] = vExpand;
                } else {
                    System.arraycopy(trial, 0, p[high], 0, n);
                    values[high] = vReflect;
                }
                continue;
            }
            if (vReflect < vHigh) {
                System.arraycopy(trial, 0, p[high], 0, n);
                values[high] = vReflect;
            }
            for (int i = 0; i < n; i++) {
                trial2[i] = (1 - CONTRACT) * p[high][i] + CONTRACT * centroid[i];
            }
            double vContract = eval(f, trial2);
            evaluations++;
            if (vContract < values[high]) {
                System.arraycopy(trial2, 0, p[high], 0, n);
                values[high] = vContract;
            } else if (vReflect >= vHigh) {
                double shrunk = 0;
                for (int j = 0; j < vertices; j++) {
                    if (j != low) {
                        for (int i = 0; i < n; i++) {
                            p[j][i] = CONTRACT * (p[j][i] - p[low][i]) + p[low][i];
                            shrunk += Math.abs(p[j][i] - p[low][i]);
                        }
                        values[j] = eval(f, p[j]);
                        evaluations++;
                    }
                }
                if (shrunk < oldSize) {
                    oldSize = shrunk;
                } else {
                    break;
                }
            }
        }
        int best = 0;
        for (int j = 1; j < vertices; j++) {
            if (values[j] < values[best]) {
                best = j;
            }
        }
        return new Result(p[best].clone(), values[best], evaluations);
    }

    private static double eval(ToDoubleFunction<double[]> f, double[] x) {
        double v = f.applyAsDouble(x);
        return Double.isFinite(v) ? v : BIG;
    }
}
